package dev.backstop.lang;

import java.util.Optional;

/**
 * One input error at a position of a file (SPEC §2 "Errors"). Immutable and thread-safe.
 *
 * @param file       the file name as given by the caller
 * @param line       1-based line
 * @param column     1-based column (characters, tabs count as one)
 * @param message    what is wrong, naming the setting and the bad value
 * @param sourceLine the text of the line, without its line break
 * @param hint       a suggestion ({@code did you mean 'volatility'?}), folded into {@link #format()}
 */
public record Diagnostic(String file, int line, int column, String message, String sourceLine, Optional<String> hint) {

    /**
     * {@code FILE:LINE:COL: error: MESSAGE[; HINT]}, then the source line, then a caret under the column.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(line).append(':').append(column).append(": error: ").append(message);
        hint.ifPresent(h -> sb.append("; ").append(h));
        sb.append('\n').append(sourceLine).append('\n');
        for (int i = 1; i < column; i++) {
            char c = i - 1 < sourceLine.length() ? sourceLine.charAt(i - 1) : ' ';
            sb.append(c == '\t' ? '\t' : ' ');
        }
        sb.append('^');
        return sb.toString();
    }
}
