package dev.backstop.lang;

/**
 * An input error found while reading one setting: thrown inside the parser and checker, caught at
 * the setting's boundary and turned into a {@link Diagnostic} by {@link Diagnostics}, so that
 * reading goes on with the next setting. Never escapes the package's public methods.
 */
final class LangError extends RuntimeException {
    private final transient Token at;
    private final String hint;

    LangError(Token at, String message) {
        this(at, message, null);
    }

    LangError(Token at, String message, String hint) {
        super(message, null, false, false);
        this.at = at;
        this.hint = hint;
    }

    Token at() {
        return at;
    }

    String hint() {
        return hint;
    }
}
