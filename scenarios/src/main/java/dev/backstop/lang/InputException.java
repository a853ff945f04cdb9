package dev.backstop.lang;

import java.util.Optional;

/**
 * An invalid value given on the command line ({@code --from 5%} for a stake, an unknown metric):
 * the message says what is wrong, the hint how to write it. Immutable.
 */
public final class InputException extends RuntimeException {
    private final String hint;

    public InputException(String message) {
        this(message, null);
    }

    public InputException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** A suggestion ({@code did you mean 'p_shortfall'?}), if there is one. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** The message with its hint: {@code MESSAGE; HINT}. */
    public String describe() {
        return hint == null ? getMessage() : getMessage() + "; " + hint;
    }
}
