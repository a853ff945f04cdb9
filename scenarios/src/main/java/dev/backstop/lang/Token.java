package dev.backstop.lang;

import java.math.BigDecimal;

/**
 * One token of a {@code .bsl} text with its position. Immutable and thread-safe.
 *
 * @param kind   what it is
 * @param text   the source text (for {@link TokenKind#STRING} the unescaped content)
 * @param line   1-based line
 * @param column 1-based column, counted in characters (code points)
 * @param number the value of a {@link TokenKind#NUMBER}, suffix applied; null otherwise
 */
public record Token(TokenKind kind, String text, int line, int column, BigDecimal number) {

    /** True if this is an identifier spelled {@code word}. */
    public boolean is(String word) {
        return kind == TokenKind.IDENT && text.equals(word);
    }

    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** How the token reads in a message: {@code 'tvl'}, {@code end of line}. */
    public String describe() {
        return switch (kind) {
            case NEWLINE -> "end of line";
            case EOF -> "end of file";
            case STRING -> "\"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
