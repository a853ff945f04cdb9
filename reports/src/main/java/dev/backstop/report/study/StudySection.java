package dev.backstop.report.study;

import dev.backstop.report.Markdown;
import dev.backstop.report.chart.RenderedChart;
import dev.backstop.report.html.Html;
import java.util.List;
import java.util.function.Function;

/**
 * What one study contributes to its folder's {@code summary.md} and {@code report.html}: a title,
 * its text as Markdown and as an HTML fragment, and its charts. {@code summary.md} includes {@link
 * #markdownWithCharts()}; {@code report.html} includes {@link #html(Function)}, giving each chart's
 * image source (a {@code data:} URI for the self-contained page, or a file name). Immutable and
 * thread-safe.
 *
 * <p>Reading order: heading, body, charts, then the details (a long table of every value), so that the
 * pictures come before the numbers behind them.
 *
 * @param title           a heading, plain text
 * @param markdown        the body in Markdown, without the heading and without the charts
 * @param htmlBody        the same body as HTML (escaped), without the heading and without the charts
 * @param charts          the charts, in reading order
 * @param markdownDetails what follows the charts, in Markdown (may be empty)
 * @param htmlDetails     the same as HTML (escaped)
 */
public record StudySection(String title, String markdown, String htmlBody, List<RenderedChart> charts,
                           String markdownDetails, String htmlDetails) {
    public StudySection {
        charts = List.copyOf(charts);
    }

    /** A section without details after its charts. */
    public StudySection(String title, String markdown, String htmlBody, List<RenderedChart> charts) {
        this(title, markdown, htmlBody, charts, "", "");
    }

    /** Heading, body and the charts as images linking to their PNG files. */
    public String markdownWithCharts() {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(title).append("\n\n").append(markdown);
        if (!markdown.endsWith("\n\n")) {
            sb.append(markdown.endsWith("\n") ? "\n" : "\n\n");
        }
        for (RenderedChart c : charts) {
            sb.append("![").append(Markdown.alt(c.caption())).append("](").append(c.pngName()).append(")\n\n");
        }
        return sb.append(markdownDetails).toString();
    }

    /** A {@code <section>} with heading, body and one {@code <figure>} per chart ({@link Html#figure}). */
    public String html(Function<RenderedChart, String> imageSource) {
        StringBuilder sb = new StringBuilder();
        sb.append("<section class=\"study\">\n<h2>").append(Html.escape(title)).append("</h2>\n").append(htmlBody);
        for (RenderedChart c : charts) {
            sb.append(Html.figure(null, c, imageSource.apply(c)));
        }
        return sb.append(htmlDetails).append("</section>\n").toString();
    }

    /** {@link #html(Function)} with the PNG files' names as sources, for a page next to them. */
    public String html() {
        return html(RenderedChart::pngName);
    }
}
