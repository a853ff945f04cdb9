package dev.backstop.report;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.result.Metrics;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.PathSample;
import dev.backstop.core.result.PercentileSource;
import dev.backstop.core.result.SimulationResult;
import dev.backstop.core.result.SurvivalCurve;
import dev.backstop.core.result.ValuePaths;
import java.util.EnumMap;
import java.util.Map;

/** A hand-built result of 4 paths over 2 days, with undefined, infinite and interval-less metrics. */
final class TinyResult {
    private TinyResult() {}

    static SimulationResult build() {
        Scenario s = Scenario.of("Tiny \"test\"", 1e9, 1e6).withPaths(4).withSeed(7).withHorizonDays(2);
        Map<MetricKey, MetricValue> m = new EnumMap<>(MetricKey.class);
        m.put(MetricKey.P_SLASH, MetricValue.of(MetricKey.P_SLASH, new Estimate(0.25, 0.0456, 0.6994)));
        m.put(MetricKey.P_SHORTFALL, MetricValue.of(MetricKey.P_SHORTFALL, new Estimate(0, 0, 0.4899)));
        m.put(MetricKey.SLASH_EVENTS_MEAN, MetricValue.of(MetricKey.SLASH_EVENTS_MEAN, new Estimate(0.5, -0.48, 1.48)));
        m.put(MetricKey.SLASHED_USD_MEAN, MetricValue.of(MetricKey.SLASHED_USD_MEAN, new Estimate(2500000, 0, 7400000)));
        m.put(MetricKey.DEFICIT_USD_VAR99, MetricValue.of(MetricKey.DEFICIT_USD_VAR99, 1234.5));
        m.put(MetricKey.DEFICIT_USD_CVAR99, MetricValue.of(MetricKey.DEFICIT_USD_CVAR99, Double.POSITIVE_INFINITY));
        m.put(MetricKey.FIRST_SLASH_DAY_MEDIAN, MetricValue.of(MetricKey.FIRST_SLASH_DAY_MEDIAN, 2));
        m.put(MetricKey.STAKER_APR_MEAN,
                MetricValue.of(MetricKey.STAKER_APR_MEAN, new Estimate(-0.0123, Double.NaN, Double.NaN)));
        m.put(MetricKey.STAKER_SHARPE, MetricValue.of(MetricKey.STAKER_SHARPE, Double.NaN));
        m.put(MetricKey.P_STAKER_LOSS, MetricValue.of(MetricKey.P_STAKER_LOSS, new Estimate(1e-5, 0, 3.0E-4)));
        SurvivalCurve survival = new SurvivalCurve(new double[] {0, 1, 2}, new long[] {4, 4, 3}, 4);
        Map<PathMeasure, double[]> cols = new EnumMap<>(PathMeasure.class);
        for (PathMeasure pm : PathMeasure.values()) {
            cols.put(pm, new double[] {0, 1, 0, 0});
        }
        cols.put(PathMeasure.FIRST_SLASH_DAY, new double[] {Double.NaN, 2, Double.NaN, Double.NaN});
        return new SimulationResult(s, new Metrics(m), survival, survival, new EnumMap<>(PathMeasure.class),
                PercentileSource.EXACT, new PathSample(4, cols), new ValuePaths(new double[] {0, 1, 2}, new double[0][]));
    }
}
