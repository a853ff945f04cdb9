package dev.backstop.lang;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Study;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the scenario language (SPEC §2): text in, a checked {@link ScenarioFile} or all its
 * errors out. Stateless and thread-safe.
 *
 * <p>Limits: a text longer than {@value #MAX_TEXT_CHARS} characters (1 MiB) is refused with one
 * diagnostic at 1:1; numbers longer than 64 characters or with more than 30 significant digits are
 * refused before any arithmetic; unknown blocks are skipped without recursion; at most 20 errors
 * are reported. So any input ends in a {@link ScenarioFile} or diagnostics, quickly, and no
 * exception escapes {@link #parse}.
 */
public final class ScenarioParser {
    /** Largest scenario text accepted: 1 MiB of characters. */
    public static final int MAX_TEXT_CHARS = 1 << 20;

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
        String name = fileName == null ? "<input>" : fileName;
        if (text == null) {
            return failure(name, "no scenario text was given");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            return failure(name, "the scenario text is larger than 1 MB (" + text.length()
                    + " characters); a scenario file is at most " + MAX_TEXT_CHARS + " characters");
        }
        Diagnostics diagnostics = new Diagnostics(name, text);
        try {
            List<Token> tokens = Lexer.tokenize(text, diagnostics);
            Ast.File file = new Parser(tokens, diagnostics).file();
            if (file.scenario() == null) {
                if (!diagnostics.hasErrors()) {
                    diagnostics.error(1, 1, "no scenario block found", "write scenario \"name\" { ... }");
                }
                return new ParseResult(Optional.empty(), diagnostics.sorted());
            }
            Scenario scenario = new Checker(diagnostics, baseDir).scenario(file);
            List<Study> studies = new ArrayList<>();
            if (scenario != null) {
                StudyChecker studyChecker = new StudyChecker(scenario);
                for (Object statement : file.studies()) {
                    try {
                        studies.add(studyChecker.check(statement));
                    } catch (LangError e) {
                        diagnostics.report(e);
                    }
                }
            }
            if (diagnostics.hasErrors()) {
                return new ParseResult(Optional.empty(), diagnostics.sorted());
            }
            return new ParseResult(Optional.of(new ScenarioFile(scenario, studies)), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            // the last resort: every input error should have been found above
            diagnostics.error(1, 1, "internal error while reading the scenario (" + e + "); please report it", null);
            return new ParseResult(Optional.empty(), diagnostics.sorted());
        }
    }

    /** Largest scenario file read: {@value} bytes (4 MiB), the most that {@link #MAX_TEXT_CHARS} characters of UTF-8 take. */
    public static final int MAX_FILE_BYTES = 4 * MAX_TEXT_CHARS;

    /**
     * Reads and parses a file; an unreadable file is reported as a diagnostic at 1:1. At most
     * {@link #MAX_FILE_BYTES} + 1 bytes are ever read, whatever the file system says of the file's
     * size, so a 20 MB file, {@code /dev/zero} or a growing file cannot exhaust memory.
     */
    public static ParseResult parseFile(Path file) {
        String name = file.toString();
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                return failure(name, "the scenario file is larger than 4 MB; a scenario file is at most 1 MB ("
                        + MAX_TEXT_CHARS + " characters)");
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            Path parent = file.toAbsolutePath().getParent();
            return parse(name, text, parent);
        } catch (CharacterCodingException e) {
            return failure(name, "the file is not valid UTF-8 text");
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "access denied"
                    : Files.isDirectory(file) ? "it is a folder"
                    : e.toString();
            return failure(name, "cannot read the scenario file (" + why + ")");
        }
    }

    private static ParseResult failure(String fileName, String message) {
        Diagnostics d = new Diagnostics(fileName, "");
        d.error(1, 1, message, null);
        return new ParseResult(Optional.empty(), d.sorted());
    }
}
