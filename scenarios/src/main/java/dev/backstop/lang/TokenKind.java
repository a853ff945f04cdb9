package dev.backstop.lang;

/** The kinds of {@link Token} the {@link Lexer} produces (SPEC §2). */
public enum TokenKind {
    /** A name: {@code tvl}, {@code AAVE}, {@code backstop.stake} (dots allowed inside, for parameter paths). */
    IDENT,
    /** A quoted string, already unescaped. */
    STRING,
    /** A number with its magnitude suffix applied ({@code 3M} is 3000000). */
    NUMBER,
    /** {@code %}. */
    PERCENT,
    /** {@code /}, before a rate unit. */
    SLASH,
    LBRACE,
    RBRACE,
    LPAREN,
    RPAREN,
    COMMA,
    COLON,
    /** {@code <=}. */
    LE,
    /** {@code >=}. */
    GE,
    /** {@code ±} or {@code +-}, in precision targets of the command line. */
    PLUS_MINUS,
    /** The end of a line: settings are one per line. */
    NEWLINE,
    /** Something the lexer already reported as an error; the parser skips it silently. */
    ERROR,
    /** The end of the text. */
    EOF
}
