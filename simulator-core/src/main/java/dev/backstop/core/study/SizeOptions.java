package dev.backstop.core.study;

/**
 * How finely the sizing solver searches. Immutable and thread-safe.
 *
 * <p>Under common random numbers the metric is a step function of the parameter (it changes only
 * where some path's outcome flips), so there is no exact root to converge on: the solver brackets
 * the first value that meets the target between a value that does not and one that does, and stops
 * when the bracket is no wider than the tolerance. The default tolerance is
 * {@value #DEFAULT_RELATIVE_TOLERANCE} of the searched range: finer than the Monte Carlo error of any
 * practical run (a 0.1 % change of a backstop's size moves a 1-in-200 probability by far less than
 * its interval), and reached in about ten bisections after the grid.
 *
 * @param tolerance  the widest final bracket, in the parameter's stored unit; NaN for the default
 * @param gridPoints values simulated evenly across the range first (at least 2: the two ends); they
 *                   find the bracket, the direction, and draw the chart
 */
public record SizeOptions(double tolerance, int gridPoints) {
    /** Default tolerance as a share of the range {@code hi - lo}. */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-3;
    /** Default grid: the two ends and seven values between, eight intervals. */
    public static final int DEFAULT_GRID_POINTS = 9;

    public static final SizeOptions DEFAULT = new SizeOptions(Double.NaN, DEFAULT_GRID_POINTS);

    public SizeOptions {
        if (!Double.isNaN(tolerance) && !(tolerance > 0 && Double.isFinite(tolerance))) {
            throw new IllegalArgumentException("the size tolerance must be greater than zero, got " + tolerance);
        }
        if (gridPoints < 2 || gridPoints > 1000) {
            throw new IllegalArgumentException("the size grid must have between 2 and 1000 points, got " + gridPoints);
        }
    }

    public SizeOptions withTolerance(double v) {
        return new SizeOptions(v, gridPoints);
    }

    /** The tolerance for a range {@code [lo, hi]}. */
    public double toleranceFor(double lo, double hi) {
        return Double.isNaN(tolerance) ? DEFAULT_RELATIVE_TOLERANCE * (hi - lo) : tolerance;
    }
}
