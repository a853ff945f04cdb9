package dev.backstop.cli;

import java.util.Optional;

/**
 * Input the command line cannot use (an unknown scenario name, a missing file, an override the
 * scenario rejects), reported as one line and an optional hint, with exit status 2 and no stack
 * trace.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    public InvalidInputException(String message) {
        this(message, null);
    }

    public InvalidInputException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** What to do about it, if there is an obvious answer. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
