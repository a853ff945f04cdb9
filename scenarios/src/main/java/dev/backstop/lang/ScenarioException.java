package dev.backstop.lang;

import java.util.List;

/** Thrown by the convenience methods when a scenario has input errors; carries them all. */
public final class ScenarioException extends RuntimeException {
    private final transient ParseResult result;

    public ScenarioException(ParseResult result) {
        super(result.formatErrors());
        this.result = result;
    }

    public List<Diagnostic> errors() {
        return result.errors();
    }
}
