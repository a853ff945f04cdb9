package dev.backstop.report.html;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.PercentileSource;
import dev.backstop.core.result.SimulationResult;
import dev.backstop.report.FigureFormat;
import dev.backstop.report.Json;
import dev.backstop.report.KeyFigure;
import dev.backstop.report.KeyFigures;
import dev.backstop.report.MetricsTable;
import dev.backstop.report.OutputFile;
import dev.backstop.report.Reproduction;
import dev.backstop.report.chart.Period;
import dev.backstop.report.chart.RenderedChart;
import java.util.List;

/**
 * Writes {@code report.html} (SPEC §4): the key figures in sentences with their intervals, the
 * charts (PNG inline as data URIs), the table of every figure, the scenario exactly as run and how
 * to reproduce it (command, version, seed, paths, SHA-256 of the canonical text shown on the page).
 *
 * <p>The page is self-contained and holds no clock time ({@link HtmlPage}): two runs of the same
 * scenario, seed and paths give the same bytes. Stateless and thread-safe.
 */
public final class ReportHtml {
    /** The file name. */
    public static final String NAME = "report.html";

    private ReportHtml() {}

    /** The file of a run. */
    public static OutputFile of(SimulationResult result, Reproduction reproduction, List<RenderedChart> charts) {
        return OutputFile.text(NAME, text(result, reproduction, charts));
    }

    /** The page. */
    public static String text(SimulationResult result, Reproduction reproduction, List<RenderedChart> charts) {
        Scenario s = result.scenario();
        Period period = Period.of(s);
        MetricsTable table = MetricsTable.of(result);
        StringBuilder h = new StringBuilder(1 << 20);
        HtmlPage.open(h, "Backstop report", s.name(), "Backstop simulation of " + FigureFormat.count(s.paths()) + ' '
                + Html.escape(period.plural()) + " (" + Json.number(s.horizonDays()) + " days in steps of "
                + Json.number(s.stepDays()) + (s.stepDays() == 1 ? " day" : " days") + "), seed " + s.seed()
                + ", Backstop " + Html.escape(reproduction.version()) + ".", reproduction.version());

        h.append("<section id=\"key-figures\">\n<h2>Key figures</h2>\n<ul class=\"key\">\n");
        for (String sentence : KeySentences.of(table, period, s.paths())) {
            h.append("<li>").append(Html.escape(sentence)).append("</li>\n");
        }
        h.append("</ul>\n<p class=\"fine\">Each figure is estimated from ").append(FigureFormat.count(s.paths()))
                .append(" simulated futures. The 95 % interval is the Monte Carlo uncertainty of the estimate: it")
                .append(" shrinks with more simulated futures, and does not cover doubts about the scenario's")
                .append(" assumptions.</p>\n</section>\n");

        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (RenderedChart c : charts) {
            h.append(Html.figure("chart-" + c.name(), c, Html.dataUri(c)));
        }
        h.append("</section>\n");

        h.append("<section id=\"all-figures\">\n<h2>All figures</h2>\n<table>\n<thead><tr><th>Figure</th>")
                .append("<th>Estimate</th><th>95 % interval</th><th>Key</th></tr></thead>\n<tbody>\n");
        for (KeyFigure f : KeyFigures.ALL) {
            MetricsTable.Row r = table.row(f.key());
            String interval = f.interval(r);
            h.append("<tr><td>").append(Html.escape(f.plainLabel())).append("</td><td class=\"num\">")
                    .append(Html.escape(f.value(r))).append("</td><td class=\"num\">")
                    .append(interval.isEmpty() ? "—" : Html.escape(interval)).append("</td><td><code>")
                    .append(Html.escape(f.key().key())).append("</code></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<p class=\"fine\">")
                .append(result.percentileSource() == PercentileSource.SKETCH
                        ? "Percentiles and worst-case averages come from a mergeable sketch (the run had more paths than"
                                + " are kept for exact order statistics)."
                        : "Percentiles and worst-case averages come from the exact order statistics of every simulated"
                                + " future.")
                .append(" The same figures, unrounded, are in metrics.json and metrics.csv.</p>\n</section>\n");

        HtmlPage.close(h, reproduction);
        return h.toString();
    }
}
