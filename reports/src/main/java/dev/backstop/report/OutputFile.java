package dev.backstop.report;

import java.util.Objects;

/**
 * One file of a run's outputs: its name inside the output folder (a plain file name, no folders)
 * and its content. Immutable and thread-safe when its content is.
 */
public record OutputFile(String name, FileContent content) {
    public OutputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                || name.equals(OutputDirectory.MARKER)) {
            throw new IllegalArgumentException("not a plain output file name: '" + name + "'");
        }
    }

    /** A text file, UTF-8. */
    public static OutputFile text(String name, String text) {
        return new OutputFile(name, FileContent.text(text));
    }
}
