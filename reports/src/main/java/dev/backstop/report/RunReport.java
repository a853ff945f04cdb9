package dev.backstop.report;

import dev.backstop.core.result.SimulationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a {@code run} writes to its output folder, in the order they are written. New outputs
 * (the HTML report, charts) are added here. Stateless and thread-safe.
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
