package dev.backstop.core.model;

/**
 * {@code sweep PARAM from A to B steps K [log]}: K points from A to B inclusive, evenly spaced,
 * or evenly on a log scale. Values in the parameter's stored unit. Immutable and thread-safe.
 */
public record Sweep(ParameterPath param, double from, double to, int steps, boolean log) implements Study {
    public Sweep {
        Check.notNull(param, "sweep parameter");
        Check.finite(from, "sweep from");
        Check.finite(to, "sweep to");
        Check.that(steps >= 1 && steps <= 10_000, "sweep steps must be between 1 and 10000, got " + steps);
        Check.that(!log || (from > 0 && to > 0), "a log sweep needs positive bounds");
    }

    /** The value of point {@code i} in 0..steps-1. */
    public double value(int i) {
        if (steps == 1 || i == 0) {
            return from; // exactly, not exp(log(from)), which can be off in the last digit
        }
        double t = (double) i / (steps - 1);
        if (i == steps - 1) {
            return to;
        }
        return log ? Math.exp(Math.log(from) + t * (Math.log(to) - Math.log(from))) : from + t * (to - from);
    }
}
