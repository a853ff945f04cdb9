package dev.backstop.core.engine;

/** A run failed inside the engine (not an input error); the run was stopped and produced nothing. */
public final class SimulationException extends RuntimeException {
    public SimulationException(String message, Throwable cause) {
        super(message, cause);
    }
}
