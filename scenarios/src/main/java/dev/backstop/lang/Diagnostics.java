package dev.backstop.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one error factory of the language (STYLE.md rule 8): every input error of one text goes
 * through here and becomes a {@link Diagnostic} carrying the file name, line, column and source
 * line. Collects all errors so they can be reported at once: sorted by position, the first
 * {@value #MAX_REPORTED}. Mutable; one instance per parse, not thread-safe.
 */
final class Diagnostics {
    /** At most this many errors are reported (SPEC §2). */
    static final int MAX_REPORTED = 20;
    /** Past this many, further errors are not even recorded (a text of pure noise). */
    private static final int MAX_COLLECTED = 2_000;

    private final String file;
    private final String text;
    private final List<Diagnostic> errors = new ArrayList<>();
    private int[] lineStarts;

    Diagnostics(String file, String text) {
        this.file = file;
        this.text = text;
    }

    String file() {
        return file;
    }

    /** Reports an error at a token. */
    void error(Token at, String message, String hint) {
        error(at.line(), at.column(), message, hint);
    }

    void error(Token at, String message) {
        error(at, message, null);
    }

    /** Reports a {@link LangError} caught at a setting boundary. */
    void report(LangError e) {
        if (e.getMessage() == null) {
            return; // already reported where it was found (an ERROR token of the lexer)
        }
        error(e.at(), e.getMessage(), e.hint());
    }

    /** Reports an error at a 1-based line and column (code points). */
    void error(int line, int column, String message, String hint) {
        if (errors.size() >= MAX_COLLECTED) {
            return;
        }
        for (Diagnostic d : errors) {
            if (d.line() == line && d.column() == column && d.message().equals(message)) {
                return;
            }
        }
        errors.add(new Diagnostic(file, line, column, message, sourceLine(line), Optional.ofNullable(hint)));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    int count() {
        return errors.size();
    }

    /** The errors in order of position (stable for equal positions), at most {@value #MAX_REPORTED}. */
    List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(errors);
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return out.size() > MAX_REPORTED ? List.copyOf(out.subList(0, MAX_REPORTED)) : List.copyOf(out);
    }

    /** The text of a line without its line break (empty past the end). */
    String sourceLine(int line) {
        if (lineStarts == null) {
            lineStarts = computeLineStarts(text);
        }
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String s = text.substring(start, end);
        if (line == 1 && s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        // a whole line of a huge file is not useful in a message
        return s.length() > 500 ? s.substring(0, 500) + "..." : s;
    }

    private static int[] computeLineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                starts.add(i + 1);
            } else if (c == '\n' || c == '\r') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
