package dev.backstop.lang;

import java.nio.file.Path;

/**
 * Entry point of the scenario language (SPEC §2): text in, a checked {@link ScenarioFile} or all its
 * errors out. Stateless and thread-safe.
 */
public final class ScenarioParser {
    private ScenarioParser() {}

    /**
     * Parses and checks {@code text}.
     *
     * @param fileName name used in error messages
     * @param text     the file's content
     * @param baseDir  folder that {@code empirical("...")} files are resolved against and must stay
     *                 inside; null when the text has no folder (then empirical files are errors)
     */
    public static ParseResult parse(String fileName, String text, Path baseDir) {
        throw new UnsupportedOperationException("parser under construction");
    }

    /** Reads and parses a file; an unreadable file is reported as a diagnostic at 1:1. */
    public static ParseResult parseFile(Path file) {
        throw new UnsupportedOperationException("parser under construction");
    }
}
