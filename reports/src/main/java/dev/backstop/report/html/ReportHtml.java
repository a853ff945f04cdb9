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
import java.util.Base64;
import java.util.List;

/**
 * Writes {@code report.html} (SPEC §4): the key figures in sentences with their intervals, the
 * charts (PNG inline as data URIs), the table of every figure, the scenario exactly as run and how
 * to reproduce it (command, version, seed, paths, SHA-256 of the canonical text shown on the page).
 *
 * <p>The page is self-contained: no script, no external style, font or image, so it opens offline
 * and can be mailed or attached as one file; its Content-Security-Policy allows inline styles and
 * {@code data:} images only, so even a mistake in escaping could not run a script. It holds no
 * clock time, so that two runs of the same scenario, seed and paths give the same bytes. Stateless
 * and thread-safe.
 */
public final class ReportHtml {
    /** The file name. */
    public static final String NAME = "report.html";

    /** Allows nothing but inline styles and {@code data:} images. */
    static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none';"
            + " form-action 'none'";

    private static final String STYLE = """
            :root { color-scheme: light; }
            body { margin: 0; background: #f6f6f4; color: #222;
                   font: 16px/1.5 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1000px; margin: 0 auto; padding: 24px 20px 48px; background: #fff; }
            h1 { font-size: 1.7em; margin: 0 0 4px; overflow-wrap: anywhere; }
            h2 { font-size: 1.3em; margin: 36px 0 12px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
            .sub { color: #555; margin: 0 0 8px; }
            ul.key { padding-left: 1.2em; }
            ul.key li { margin: 0 0 8px; font-size: 1.05em; }
            .fine { color: #555; font-size: 0.92em; }
            figure { margin: 0 0 32px; }
            figure img { display: block; width: 100%; height: auto; border: 1px solid #e4e4e4; }
            figcaption { margin-top: 8px; }
            .note { display: block; margin-top: 6px; padding: 6px 10px; background: #fff6e0; border-left: 4px solid #e69f00; }
            table { border-collapse: collapse; width: 100%; font-size: 0.95em; }
            th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
            td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            pre { background: #f3f3f3; padding: 12px; overflow-x: auto; font-size: 0.88em; line-height: 1.4;
                  font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
            code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
            dt { color: #555; } dd { margin: 0; }
            """;

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
        String name = Html.escape(s.name());
        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<meta name=\"generator\" content=\"Backstop ").append(Html.escape(reproduction.version())).append("\">\n");
        // An empty icon, so that no browser goes looking for favicon.ico next to the file.
        h.append("<link rel=\"icon\" href=\"data:,\">\n");
        h.append("<title>Backstop report: ").append(name).append("</title>\n");
        h.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");

        h.append("<header>\n<h1 id=\"scenario-name\">").append(name).append("</h1>\n");
        h.append("<p class=\"sub\">Backstop simulation of ").append(FigureFormat.count(s.paths())).append(' ')
                .append(Html.escape(period.plural())).append(" (").append(Json.number(s.horizonDays()))
                .append(" days in steps of ").append(Json.number(s.stepDays())).append(s.stepDays() == 1 ? " day" : " days")
                .append("), seed ").append(s.seed()).append(", Backstop ").append(Html.escape(reproduction.version()))
                .append(".</p>\n</header>\n");

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
            h.append("<figure id=\"chart-").append(Html.escape(c.name())).append("\">\n");
            h.append("<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(c.png()))
                    .append("\" alt=\"").append(Html.escape(c.title())).append("\">\n");
            h.append("<figcaption><strong>").append(Html.escape(c.title())).append(".</strong> ")
                    .append(Html.escape(c.caption()));
            c.note().ifPresent(n -> h.append("<span class=\"note\">").append(Html.escape(n)).append("</span>"));
            h.append("<span class=\"fine\"> Also saved next to this page as ")
                    .append(Html.escape(RenderedChart.pngName(c.name()))).append(" and ")
                    .append(Html.escape(RenderedChart.svgName(c.name()))).append(".</span>");
            h.append("</figcaption>\n</figure>\n");
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

        h.append("<section id=\"scenario\">\n<h2>The scenario as run</h2>\n<p>In canonical form (what <code>backstop")
                .append(" check</code> prints), with the command line's settings applied; comments and layout of the")
                .append(" original file are not kept.</p>\n<pre id=\"scenario-text\"><code>")
                .append(Html.escape(reproduction.canonicalText())).append("</code></pre>\n</section>\n");

        h.append("<section id=\"reproduce\">\n<h2>How to reproduce</h2>\n<p>With Backstop ")
                .append(Html.escape(reproduction.version())).append(", this command gives the same figures, bit")
                .append(" for bit, on any number of threads:</p>\n<pre id=\"command\"><code>")
                .append(Html.escape(reproduction.command())).append("</code></pre>\n<dl>\n");
        h.append("<dt>Backstop version</dt><dd id=\"version\">").append(Html.escape(reproduction.version()))
                .append("</dd>\n");
        h.append("<dt>Seed</dt><dd id=\"seed\">").append(reproduction.seed()).append("</dd>\n");
        h.append("<dt>Paths</dt><dd id=\"paths\">").append(FigureFormat.count(reproduction.paths())).append("</dd>\n");
        h.append("<dt>Scenario SHA-256</dt><dd><code id=\"scenario-sha256\">").append(reproduction.scenarioSha256())
                .append("</code><br><span class=\"fine\">of the canonical text above, UTF-8: if the text you run")
                .append(" hashes to this, it is the same scenario.</span></dd>\n</dl>\n</section>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }
}
