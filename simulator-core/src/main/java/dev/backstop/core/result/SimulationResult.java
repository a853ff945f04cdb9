package dev.backstop.core.result;

import dev.backstop.core.model.Scenario;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one run of a scenario produced: the aggregates of SPEC §1.4, the survival curves, the means
 * of every per-path measure, and the fixed subsamples used for charts and tables.
 * Immutable and thread-safe.
 *
 * @param scenario           the scenario exactly as run (with the final paths and seed)
 * @param metrics            the SPEC §1.4 aggregates
 * @param survival           share of paths not yet slashed, per step
 * @param shortfallSurvival  share of paths without a shortfall yet, per step
 * @param means              mean and interval of every per-path measure
 * @param percentileSource   whether tail percentiles are exact or from the sketch
 * @param pathSample         per-path measures of the first paths
 * @param valuePaths         backstop USD value over time for the first paths
 */
public record SimulationResult(Scenario scenario, Metrics metrics, SurvivalCurve survival,
                               SurvivalCurve shortfallSurvival, Map<PathMeasure, Estimate> means,
                               PercentileSource percentileSource, PathSample pathSample, ValuePaths valuePaths) {
    public SimulationResult {
        means = Map.copyOf(new EnumMap<>(means));
    }

    public long paths() {
        return scenario.paths();
    }

    public Estimate mean(PathMeasure m) {
        return means.get(m);
    }
}
