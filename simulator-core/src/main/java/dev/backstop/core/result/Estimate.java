package dev.backstop.core.result;

/**
 * A Monte Carlo estimate with its 95 % interval (SPEC §1.4): a Wilson interval for a probability,
 * a normal interval for a mean. Immutable and thread-safe.
 */
public record Estimate(double value, double lo, double hi) {

    /** Half the interval's width, the precision a {@code --until} target asks for. */
    public double halfWidth() {
        return (hi - lo) / 2;
    }

    public boolean contains(double x) {
        return lo <= x && x <= hi;
    }
}
