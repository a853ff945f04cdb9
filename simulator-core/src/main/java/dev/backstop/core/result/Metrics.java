package dev.backstop.core.result;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * All aggregates of SPEC §1.4 over the simulated paths. Immutable and thread-safe.
 */
public final class Metrics {
    private final Map<MetricKey, MetricValue> values;

    public Metrics(Map<MetricKey, MetricValue> values) {
        EnumMap<MetricKey, MetricValue> copy = new EnumMap<>(MetricKey.class);
        for (MetricKey k : MetricKey.values()) {
            MetricValue v = values.get(k);
            copy.put(k, v == null ? MetricValue.undefined(k) : v);
        }
        this.values = Collections.unmodifiableMap(copy);
    }

    /** Every metric, in the SPEC's order. */
    public List<MetricValue> all() {
        return List.copyOf(values.values());
    }

    public MetricValue get(MetricKey key) {
        return values.get(key);
    }

    /** The point value, empty where undefined (e.g. a Sharpe ratio with zero spread). */
    public OptionalDouble value(MetricKey key) {
        return values.get(key).value();
    }

    /** The estimate with its interval, for probabilities and means. */
    public Optional<Estimate> estimate(MetricKey key) {
        return values.get(key).estimate();
    }

    /** Shorthand for {@code value(key).getAsDouble()} of a metric that is always defined. */
    public double of(MetricKey key) {
        return values.get(key).value().orElse(Double.NaN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Metrics m && m.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Metrics" + values.values();
    }
}
