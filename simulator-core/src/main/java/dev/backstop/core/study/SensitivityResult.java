package dev.backstop.core.study;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import java.util.List;

/**
 * A finished sensitivity study: the base run's metric and one row per numeric setting, sorted by the
 * larger absolute change of its two moves (largest first; settings whose moves could not change a
 * defined metric last, in the order of {@link dev.backstop.core.model.ParameterPath#all}).
 * Immutable and thread-safe.
 *
 * @param base       the base scenario (the paths and seed of every run)
 * @param metric     the metric watched
 * @param by         the share each setting is moved by, e.g. 0.2
 * @param baseMetric the metric in the base scenario
 * @param rows       the settings, sorted
 */
public record SensitivityResult(Scenario base, MetricKey metric, double by, MetricValue baseMetric,
                                List<SensitivityRow> rows) {
    public SensitivityResult {
        rows = List.copyOf(rows);
    }
}
