package dev.backstop.lang;

import java.util.Optional;

/** PLACEHOLDER with the language branch's API so the cli branch compiles; drop on merge. */
public final class InputException extends RuntimeException {
    private final String hint;

    public InputException(String message) {
        this(message, null);
    }

    public InputException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    public String describe() {
        return hint == null ? getMessage() : getMessage() + "; " + hint;
    }
}
