package dev.backstop.report;

import dev.backstop.core.result.SimulationResult;
import dev.backstop.report.chart.RenderedChart;
import dev.backstop.report.chart.RunCharts;
import dev.backstop.report.html.ReportHtml;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a {@code run} writes to its output folder, in the order they are written: the metrics
 * (JSON, CSV), {@code summary.md}, every chart as PNG and SVG, {@code report.html} (which shows the
 * same charts inline), and {@code paths.csv} when asked for. Stateless and thread-safe.
 */
public final class RunReport {
    /** Name of the JSON document. */
    public static final String METRICS_JSON = "metrics.json";
    /** Name of the CSV table. */
    public static final String METRICS_CSV = "metrics.csv";

    private RunReport() {}

    /** The names {@link #files} will produce, known before the run so that conflicts fail fast. */
    public static List<String> names(boolean savePaths) {
        List<String> names = new ArrayList<>(List.of(METRICS_JSON, METRICS_CSV, SummaryMarkdown.NAME));
        for (String chart : RunCharts.NAMES) {
            names.add(RenderedChart.pngName(chart));
            names.add(RenderedChart.svgName(chart));
        }
        names.add(ReportHtml.NAME);
        if (savePaths) {
            names.add(PathsCsv.NAME);
        }
        return names;
    }

    /**
     * The files of a run.
     *
     * @param savePaths whether to include {@code paths.csv} (the result must then hold every path)
     */
    public static List<OutputFile> files(SimulationResult result, Reproduction reproduction, boolean savePaths) {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text(METRICS_JSON, MetricsJson.of(result, reproduction.version())));
        files.add(MetricsCsv.of(result));
        files.add(SummaryMarkdown.of(result, reproduction));
        List<RenderedChart> charts = RunCharts.of(result);
        for (RenderedChart c : charts) {
            files.add(c.pngFile());
            files.add(c.svgFile());
        }
        files.add(ReportHtml.of(result, reproduction, charts));
        if (savePaths) {
            if (result.pathSample() == null || !result.pathSample().isComplete()) {
                throw new IllegalStateException("paths.csv needs every path, but the result kept "
                        + (result.pathSample() == null ? 0 : result.pathSample().size()) + " of " + result.paths());
            }
            files.add(PathsCsv.of(result.pathSample()));
        }
        return files;
    }
}
