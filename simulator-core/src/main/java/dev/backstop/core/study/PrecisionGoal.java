package dev.backstop.core.study;

import dev.backstop.core.result.MetricKey;

/**
 * Precision control ({@code --until 'p_shortfall ± 0.001'}, {@code size --precision}): add paths
 * until the 95 % interval of a metric is no wider than {@code ± halfWidth}, or until the next round
 * would pass the path budget. Immutable and thread-safe.
 *
 * @param metric    a metric with an interval (a probability or a mean)
 * @param halfWidth the half-width to reach, &gt; 0, in the metric's unit
 * @param maxPaths  the budget: no round runs more paths than this
 */
public record PrecisionGoal(MetricKey metric, double halfWidth, long maxPaths) {
    /** Default budget: ten million paths per round. */
    public static final long DEFAULT_MAX_PATHS = 10_000_000L;

    public PrecisionGoal {
        if (metric == null) {
            throw new IllegalArgumentException("a precision goal needs a metric");
        }
        if (!metric.hasInterval()) {
            throw new IllegalArgumentException(metric.key() + " has no interval, so no precision can be asked of it;"
                    + " use a probability or a mean");
        }
        if (!(halfWidth > 0) || !Double.isFinite(halfWidth)) {
            throw new IllegalArgumentException("the half-width of a precision must be greater than zero, got " + halfWidth);
        }
        if (maxPaths < 1) {
            throw new IllegalArgumentException("the path budget must be at least 1, got " + maxPaths);
        }
    }
}
