package dev.backstop.report.chart;

import dev.backstop.core.result.SimulationResult;
import dev.backstop.report.MetricsTable;
import java.util.List;

/**
 * The charts of a {@code run}, in the order the report shows them (SPEC §4). Their file names are
 * fixed ({@link #NAMES}), so that the output folder can be checked before the simulation starts.
 * Stateless and thread-safe.
 */
public final class RunCharts {
    /** File base names of the charts, in order; each is written as {@code NAME.png} and {@code NAME.svg}. */
    public static final List<String> NAMES = List.of("slash-probability", "shortfall-probability", "losses",
            "deficit", "staker-apr", "backstop-value", "loss-coverage");

    private RunCharts() {}

    /** Draws every chart of a run. */
    public static List<RenderedChart> of(SimulationResult result) {
        Period period = Period.of(result.scenario());
        Sample sample = Sample.of(result.pathSample(), result.paths());
        MetricsTable metrics = MetricsTable.of(result);
        List<RenderedChart> charts = List.of(
                ProbabilityChart.of("slash-probability", result.survival(), period,
                        "Chance of at least one slash, by day", "at least one slash", "slash"),
                ProbabilityChart.of("shortfall-probability", result.shortfallSurvival(), period,
                        "Chance of a shortfall, by day", "a shortfall", "shortfall"),
                LossHistogramChart.losses(sample, period),
                LossHistogramChart.deficit(sample, period),
                AprChart.of(sample, metrics, period),
                FanChart.of(result.valuePaths(), result.paths(), period),
                CoverageChart.of(result, sample, period));
        if (!charts.stream().map(RenderedChart::name).toList().equals(NAMES)) {
            throw new IllegalStateException("chart names differ from NAMES");
        }
        return charts;
    }
}
