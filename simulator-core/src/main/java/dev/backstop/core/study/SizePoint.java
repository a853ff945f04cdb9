package dev.backstop.core.study;

import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.Metrics;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One value of the parameter that the sizing solver simulated, with every metric there.
 * Immutable and thread-safe.
 */
public record SizePoint(double value, Metrics metrics) {
    /** The metric's point value, empty where undefined. */
    public OptionalDouble metric(MetricKey key) {
        return metrics.value(key);
    }

    /** The metric's estimate with its 95 % interval, for probabilities and means. */
    public Optional<Estimate> estimate(MetricKey key) {
        return metrics.estimate(key);
    }
}
