package dev.backstop.report.html;

import dev.backstop.report.FigureFormat;
import dev.backstop.report.Reproduction;

/**
 * What every {@code report.html} shares, of a run ({@link ReportHtml}) or of a study: the head with
 * its Content-Security-Policy and styles, the heading with the scenario's name, and at the end the
 * scenario exactly as run and how to reproduce it (command, version, seed, paths, SHA-256 of the
 * canonical text shown on the page).
 *
 * <p>The page is self-contained: no script, no external style, font or image, so it opens offline
 * and can be mailed or attached as one file; its Content-Security-Policy allows inline styles and
 * {@code data:} images only, so even a mistake in escaping could not run a script. Every string
 * from the scenario goes through {@link Html#escape}. Stateless and thread-safe.
 */
public final class HtmlPage {
    /** Allows nothing but inline styles and {@code data:} images. */
    public static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none';"
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
            th.num { text-align: right; }
            pre { background: #f3f3f3; padding: 12px; overflow-x: auto; font-size: 0.88em; line-height: 1.4;
                  font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
            code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
            #command { white-space: pre-wrap; }
            section.study > table { margin: 0 0 28px; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
            dt { color: #555; } dd { margin: 0; }
            """;

    private HtmlPage() {}

    /**
     * Starts a page: its head, and a header with the scenario's name as heading.
     *
     * @param kind         what the page is, in the window's title: {@code Backstop report}
     * @param scenarioName the scenario's name, plain text (escaped here)
     * @param subHtml      the line under the heading, HTML (escape what comes from the scenario)
     * @param version      Backstop's version, plain text
     */
    public static void open(StringBuilder h, String kind, String scenarioName, String subHtml, String version) {
        String name = Html.escape(scenarioName);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<meta name=\"generator\" content=\"Backstop ").append(Html.escape(version)).append("\">\n");
        // An empty icon, so that no browser goes looking for favicon.ico next to the file.
        h.append("<link rel=\"icon\" href=\"data:,\">\n");
        h.append("<title>").append(Html.escape(kind)).append(": ").append(name).append("</title>\n");
        h.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<header>\n<h1 id=\"scenario-name\">").append(name).append("</h1>\n");
        h.append("<p class=\"sub\">").append(subHtml).append("</p>\n</header>\n");
    }

    /** Ends a page: the scenario as run, how to reproduce it, and the closing tags. */
    public static void close(StringBuilder h, Reproduction reproduction) {
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
    }
}
