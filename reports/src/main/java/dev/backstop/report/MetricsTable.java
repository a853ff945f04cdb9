package dev.backstop.report;

import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.result.Metrics;
import dev.backstop.core.result.SimulationResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The table model every metrics writer starts from (STYLE 10): one row per metric of SPEC §1.4, in
 * the SPEC's order, with its value and 95 % interval. Immutable and thread-safe.
 */
public final class MetricsTable {

    /**
     * One metric. A missing number is NaN: {@code value} where the metric is undefined (a median
     * over no slashed paths, a Sharpe ratio with zero spread), {@code lo} and {@code hi} where the
     * metric has no interval. Immutable and thread-safe.
     */
    public record Row(MetricKey key, double value, double lo, double hi) {
        /** Whether the metric has a value. */
        public boolean isDefined() {
            return Double.isFinite(value);
        }

        /** Whether the metric has a 95 % interval (probabilities and means). */
        public boolean hasInterval() {
            return key.hasInterval();
        }
    }

    private final List<Row> rows;
    private final Map<MetricKey, Row> byKey;

    private MetricsTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
        EnumMap<MetricKey, Row> m = new EnumMap<>(MetricKey.class);
        for (Row r : rows) {
            m.put(r.key(), r);
        }
        this.byKey = m;
    }

    /** The table of a run's metrics. */
    public static MetricsTable of(SimulationResult result) {
        return of(result.metrics());
    }

    /** The table of a set of metrics: every key of {@link MetricKey}, in order. */
    public static MetricsTable of(Metrics metrics) {
        List<Row> rows = new ArrayList<>();
        for (MetricKey k : MetricKey.values()) {
            MetricValue v = metrics.get(k);
            double value = v.value().orElse(Double.NaN);
            double lo = v.estimate().map(Estimate::lo).orElse(Double.NaN);
            double hi = v.estimate().map(Estimate::hi).orElse(Double.NaN);
            // An undefined value has no interval either, whatever the estimate holds.
            if (!Double.isFinite(value)) {
                value = lo = hi = Double.NaN;
            }
            rows.add(new Row(k, value, Double.isFinite(lo) ? lo : Double.NaN, Double.isFinite(hi) ? hi : Double.NaN));
        }
        return new MetricsTable(rows);
    }

    /** All rows, in the order of {@link MetricKey}. */
    public List<Row> rows() {
        return rows;
    }

    /** The row of one metric. */
    public Row row(MetricKey key) {
        return byKey.get(key);
    }
}
