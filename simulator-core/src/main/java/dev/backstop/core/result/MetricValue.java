package dev.backstop.core.result;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The value of one metric: an estimate with its interval, a plain number, or undefined (JSON null).
 * Immutable and thread-safe.
 */
public record MetricValue(MetricKey key, OptionalDouble value, Optional<Estimate> estimate) {

    public static MetricValue of(MetricKey key, Estimate e) {
        return new MetricValue(key, OptionalDouble.of(e.value()), Optional.of(e));
    }

    public static MetricValue of(MetricKey key, double v) {
        return Double.isNaN(v) ? undefined(key) : new MetricValue(key, OptionalDouble.of(v), Optional.empty());
    }

    public static MetricValue undefined(MetricKey key) {
        return new MetricValue(key, OptionalDouble.empty(), Optional.empty());
    }

    public boolean isDefined() {
        return value.isPresent();
    }
}
