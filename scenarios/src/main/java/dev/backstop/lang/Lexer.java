package dev.backstop.lang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code .bsl} text into {@link Token}s (SPEC §2 "Values"). Newlines are tokens, since a
 * setting ends at the end of its line; {@code #} comments, spaces and tabs are skipped; a UTF-8
 * byte order mark at the start is ignored; {@code \r\n}, {@code \n} and a lone {@code \r} all end
 * a line. Columns count characters (code points) from 1.
 *
 * <p>Errors (an unexpected character, an unterminated string, a malformed or meaningless number)
 * go to the {@link Diagnostics} and leave an {@link TokenKind#ERROR} token in the stream, so the
 * parser can skip it without reporting it twice. Runs in time linear in the text. Not thread-safe
 * (one instance per text).
 */
final class Lexer {
    private final String text;
    private final Diagnostics diagnostics;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int column = 1;

    private Lexer(String text, Diagnostics diagnostics) {
        this.text = text;
        this.diagnostics = diagnostics;
    }

    /** The tokens of {@code text}, ending with {@link TokenKind#EOF}. */
    static List<Token> tokenize(String text, Diagnostics diagnostics) {
        Lexer lexer = new Lexer(text, diagnostics);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        if (text.startsWith("\uFEFF")) {
            pos = 1;
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int startLine = line;
            int startColumn = column;
            if (c == ' ' || c == '\t' || c == '\f') {
                advance();
            } else if (c == '\n' || c == '\r') {
                add(TokenKind.NEWLINE, "\n", startLine, startColumn);
                if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                    pos++;
                }
                pos++;
                line++;
                column = 1;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    advance();
                }
            } else if (c == '"') {
                string(startLine, startColumn);
            } else if (isDigit(c) || ((c == '-' || c == '+') && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
                number(startLine, startColumn);
            } else if (isIdentStart(c) || isForeignLetter(text.codePointAt(pos))) {
                identifier(startLine, startColumn);
            } else {
                punctuation(c, startLine, startColumn);
            }
        }
        tokens.add(new Token(TokenKind.EOF, "", line, column, null));
    }

    private void punctuation(char c, int l, int col) {
        String two = pos + 1 < text.length() ? text.substring(pos, pos + 2) : "";
        switch (two) {
            case "<=" -> { twoChars(TokenKind.LE, two, l, col); return; }
            case ">=" -> { twoChars(TokenKind.GE, two, l, col); return; }
            case "+-" -> { twoChars(TokenKind.PLUS_MINUS, two, l, col); return; }
            default -> { }
        }
        TokenKind kind = switch (c) {
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case ',' -> TokenKind.COMMA;
            case ':' -> TokenKind.COLON;
            case '%' -> TokenKind.PERCENT;
            case '/' -> TokenKind.SLASH;
            case '±' -> TokenKind.PLUS_MINUS;
            default -> null;
        };
        if (kind != null) {
            add(kind, String.valueOf(c), l, col);
            advance();
            return;
        }
        int start = pos;
        // one error for a run of characters the language does not use
        do {
            advance();
        } while (pos < text.length() && isUnexpected(text.charAt(pos)) && !isForeignLetter(text.codePointAt(pos)));
        String bad = text.substring(start, pos);
        String hint = switch (c) {
            case '<', '>' -> "write <= or >=";
            case '=' -> "settings are written 'key value', without '='";
            case ';' -> "settings end at the end of the line; no ';' is needed";
            case '\'' -> "strings are written in double quotes";
            case '.' -> "write numbers with a digit before the point, as 0.5";
            default -> null;
        };
        diagnostics.error(l, col, "unexpected character" + (bad.codePointCount(0, bad.length()) > 1 ? "s" : "")
                + " '" + bad + "'", hint);
        add(TokenKind.ERROR, bad, l, col);
    }

    private boolean isUnexpected(char c) {
        return !(c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '#' || c == '"'
                || isDigit(c) || isIdentStart(c) || "{}(),:%/±<>+-".indexOf(c) >= 0);
    }

    private void twoChars(TokenKind kind, String s, int l, int col) {
        add(kind, s, l, col);
        advance();
        advance();
    }

    private void string(int l, int col) {
        advance(); // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                diagnostics.error(l, col, "unterminated string", "close it with \" on the same line");
                add(TokenKind.ERROR, sb.toString(), l, col);
                return;
            }
            char c = text.charAt(pos);
            if (c == '"') {
                advance();
                add(TokenKind.STRING, sb.toString(), l, col);
                return;
            }
            if (c == '\\') {
                int escLine = line;
                int escCol = column;
                advance();
                char e = pos < text.length() ? text.charAt(pos) : '\n';
                if (e == '"' || e == '\\') {
                    sb.append(e);
                    advance();
                } else {
                    diagnostics.error(escLine, escCol, "unknown escape '\\" + (e == '\n' || e == '\r' ? "" : e) + "' in string",
                            "only \\\" and \\\\ are escapes");
                }
                continue;
            }
            int cp = text.codePointAt(pos);
            sb.appendCodePoint(cp);
            advance();
        }
    }

    private void number(int l, int col) {
        int start = pos;
        advance();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            char prev = text.charAt(pos - 1);
            if (isIdentPart(c) || c == '.' || ((c == '-' || c == '+') && (prev == 'e' || prev == 'E')
                    && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)) && mantissaOnly(start, pos - 1))) {
                advance();
            } else {
                break;
            }
        }
        String raw = text.substring(start, pos);
        try {
            BigDecimal v = NumberLiteral.parse(raw);
            tokens.add(new Token(TokenKind.NUMBER, raw, l, col, v));
        } catch (NumberLiteral.Invalid e) {
            diagnostics.error(l, col, e.getMessage(), e.hint);
            add(TokenKind.ERROR, raw.length() > 40 ? raw.substring(0, 40) + "..." : raw, l, col);
        }
    }

    /** Whether text[start, end) is a plain mantissa (digits, '_', '.', a sign), so that 'e' there starts an exponent. */
    private boolean mantissaOnly(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(isDigit(c) || c == '_' || c == '.' || (i == start && (c == '-' || c == '+')))) {
                return false;
            }
        }
        return true;
    }

    private void identifier(int l, int col) {
        int start = pos;
        int foreign = -1; // index of the first letter outside a-z, A-Z
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isIdentPart(c) || (c == '.' && pos > start && pos + 1 < text.length() && isIdentPart(text.charAt(pos + 1)))) {
                advance();
            } else if (isForeignLetter(text.codePointAt(pos))) {
                foreign = foreign < 0 ? pos : foreign;
                advance();
            } else {
                break;
            }
        }
        String word = text.substring(start, pos);
        if (foreign >= 0) {
            // one error for the whole word, so that the parser skips it as one token (a name such as
            // 'café' split into 'caf', 'é' and a stray rest would derail the rest of its block)
            String shown = word.codePointCount(0, word.length()) > 40 ? word.substring(0, word.offsetByCodePoints(0, 40)) + "..." : word;
            diagnostics.error(l, col, "unexpected character '" + Character.toString(text.codePointAt(foreign))
                    + "' in '" + shown + "': names are written with the letters a-z and A-Z, digits and _",
                    "labels may use any characters: label \"" + shown + "\"");
            add(TokenKind.ERROR, shown, l, col);
            return;
        }
        add(TokenKind.IDENT, word, l, col);
    }

    /** A letter, digit or mark outside ASCII: never part of the language, but read as part of a word. */
    private static boolean isForeignLetter(int cp) {
        if (cp < 128) {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private void add(TokenKind kind, String s, int l, int col) {
        tokens.add(new Token(kind, s, l, col, null));
    }

    /** Moves one code point forward on the current line. */
    private void advance() {
        pos += Character.charCount(text.codePointAt(pos));
        column++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
