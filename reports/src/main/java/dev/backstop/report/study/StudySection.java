package dev.backstop.report.study;

import java.util.List;
import java.util.function.Function;

/**
 * What one study contributes to a report: a title, its text as Markdown and as an HTML fragment,
 * and its charts. {@code summary.md} includes {@link #markdown()}; {@code report.html} can include
 * {@link #html(Function)}, giving each chart's image source (a file name, or a {@code data:} URI for a
 * self-contained page). Immutable and thread-safe.
 *
 * @param title    a heading, plain text
 * @param markdown the body in Markdown, without the heading and without the charts
 * @param htmlBody the same body as HTML (escaped), without the heading and without the charts
 * @param charts   the charts, in reading order
 */
public record StudySection(String title, String markdown, String htmlBody, List<StudyChart> charts) {
    public StudySection {
        charts = List.copyOf(charts);
    }

    /** Heading, body and the charts as images linking to their PNG files. */
    public String markdownWithCharts() {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(title).append("\n\n").append(markdown);
        if (!markdown.endsWith("\n\n")) {
            sb.append(markdown.endsWith("\n") ? "\n" : "\n\n");
        }
        for (StudyChart c : charts) {
            sb.append("![").append(Markdown.alt(c.alt())).append("](").append(c.pngName()).append(")\n\n");
        }
        return sb.toString();
    }

    /** A {@code <section>} with heading, body and one {@code <figure>} per chart. */
    public String html(Function<StudyChart, String> imageSource) {
        StringBuilder sb = new StringBuilder();
        sb.append("<section class=\"study\">\n<h2>").append(Html.escape(title)).append("</h2>\n").append(htmlBody);
        for (StudyChart c : charts) {
            sb.append("<figure><img src=\"").append(Html.escape(imageSource.apply(c))).append("\" alt=\"")
                    .append(Html.escape(c.alt())).append("\" width=\"").append(ChartStyle.WIDTH).append("\">")
                    .append("<figcaption>").append(Html.escape(c.title())).append("</figcaption></figure>\n");
        }
        return sb.append("</section>\n").toString();
    }

    /** {@link #html(Function)} with the PNG files' names as sources. */
    public String html() {
        return html(StudyChart::pngName);
    }
}
