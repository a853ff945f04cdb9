package dev.backstop.report;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.PercentileSource;
import dev.backstop.core.result.SimulationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code summary.md} (SPEC §4): the key figures of a run as a Markdown table ready to paste
 * into a governance forum post, in words a non-specialist reads, each with its 95 % interval, then
 * the command, version and scenario hash that reproduce it. No clock time. Stateless and
 * thread-safe.
 */
public final class SummaryMarkdown {
    /** The file name. */
    public static final String NAME = "summary.md";

    private SummaryMarkdown() {}

    /** The file of a run. */
    public static OutputFile of(SimulationResult result, Reproduction reproduction) {
        return OutputFile.text(NAME, text(result, reproduction));
    }

    /** The Markdown text. */
    public static String text(SimulationResult result, Reproduction reproduction) {
        Scenario s = result.scenario();
        MetricsTable table = MetricsTable.of(result);
        StringBuilder sb = new StringBuilder(2048);
        sb.append("### Backstop simulation: ").append(Markdown.text(s.name())).append("\n\n");
        sb.append(FigureFormat.count(s.paths())).append(" simulated futures over ").append(Json.number(s.horizonDays()))
                .append(s.horizonDays() == 1 ? " day" : " days").append(" (steps of ").append(Json.number(s.stepDays()))
                .append(s.stepDays() == 1 ? " day" : " days").append("), seed ").append(s.seed()).append(".\n");
        sb.append("The 95 % interval is the Monte Carlo uncertainty of each estimate: it shrinks with more simulated")
                .append(" futures, and does not cover doubts about the scenario's assumptions.\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (KeyFigure f : KeyFigures.ALL) {
            MetricsTable.Row r = table.row(f.key());
            String interval = f.interval(r);
            rows.add(List.of(f.plainLabel(), f.value(r), interval.isEmpty() ? "—" : interval));
        }
        sb.append(Markdown.table(List.of("Figure", "Estimate", "95 % interval"), new boolean[] {false, true, true}, rows));
        sb.append(result.percentileSource() == PercentileSource.SKETCH
                ? "Percentiles and worst-case averages come from a mergeable sketch (the run had more paths than are kept"
                        + " for exact order statistics).\n\n"
                : "Percentiles and worst-case averages come from the exact order statistics of every simulated future.\n\n");
        sb.append(Markdown.reproduction(reproduction));
        return sb.toString();
    }
}
