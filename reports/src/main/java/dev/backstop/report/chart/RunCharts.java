package dev.backstop.report.chart;

import dev.backstop.core.result.SimulationResult;
import dev.backstop.report.MetricsTable;
import java.util.List;
import java.util.function.Supplier;

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

    /**
     * Draws every chart of a run. The charts are independent, so they are drawn in parallel (on the
     * common fork-join pool): drawing them one after another took about as long as a third of the
     * simulation of a million paths, with the other core idle. Each chart's bytes are the same
     * whichever thread draws it.
     */
    public static List<RenderedChart> of(SimulationResult result) {
        Period period = Period.of(result.scenario());
        Sample sample = Sample.of(result.pathSample(), result.paths());
        MetricsTable metrics = MetricsTable.of(result);
        List<Supplier<RenderedChart>> drawings = List.of(
                () -> ProbabilityChart.of("slash-probability", result.survival(), period,
                        "Chance of at least one slash, by day", "at least one slash", "slash"),
                () -> ProbabilityChart.of("shortfall-probability", result.shortfallSurvival(), period,
                        "Chance of a shortfall, by day", "a shortfall", "shortfall"),
                () -> LossHistogramChart.losses(sample, period),
                () -> LossHistogramChart.deficit(sample, period),
                () -> AprChart.of(sample, metrics, period),
                () -> FanChart.of(result.valuePaths(), result.paths(), period),
                () -> CoverageChart.of(result, sample, period));
        List<RenderedChart> charts = drawings.parallelStream().map(Supplier::get).toList();
        if (!charts.stream().map(RenderedChart::name).toList().equals(NAMES)) {
            throw new IllegalStateException("chart names differ from NAMES");
        }
        return charts;
    }
}
