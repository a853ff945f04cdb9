package dev.backstop.report.study;

import dev.backstop.report.Markdown;
import dev.backstop.report.html.Html;
import java.util.List;

/**
 * Writes one study's text twice, as Markdown and as HTML, from the same calls, so the two never
 * disagree. Paragraph pieces are plain strings, or {@link Strong} for emphasis. Mutable; one per
 * section.
 */
final class Doc {
    /** A piece of a paragraph shown in bold. */
    record Strong(String text) {}

    private final StringBuilder md = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    Doc para(Object... pieces) {
        html.append("<p>");
        for (Object o : pieces) {
            if (o instanceof Strong s) {
                md.append("**").append(inline(s.text())).append("**");
                html.append("<strong>").append(Html.escape(s.text())).append("</strong>");
            } else {
                md.append(inline(String.valueOf(o)));
                html.append(Html.escape(String.valueOf(o)));
            }
        }
        md.append("\n\n");
        html.append("</p>\n");
        return this;
    }

    Doc bullets(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        html.append("<ul>\n");
        for (String i : items) {
            md.append("- ").append(inline(i)).append('\n');
            html.append("<li>").append(Html.escape(i)).append("</li>\n");
        }
        md.append('\n');
        html.append("</ul>\n");
        return this;
    }

    Doc table(List<String> header, boolean[] right, List<List<String>> rows) {
        md.append(Markdown.table(header, right, rows));
        html.append(Html.table(header, right, rows));
        return this;
    }

    /** A block of code (a command to rerun). */
    Doc code(String text) {
        md.append("```\n").append(text).append("\n```\n\n");
        html.append("<pre><code>").append(Html.escape(text)).append("</code></pre>\n");
        return this;
    }

    String markdown() {
        return md.toString();
    }

    String html() {
        return html.toString();
    }

    /**
     * Escapes what Markdown would read as emphasis or code. Underscores inside words (p_shortfall) and
     * brackets not followed by a link target are left alone: GitHub-flavoured Markdown shows them as
     * they are, and the raw text stays readable for pasting.
     */
    private static String inline(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("`", "\\`").replace("](", "]\\(")
                .replaceAll("(^|\\s)_", "$1\\\\_").replaceAll("_($|\\s)", "\\\\_$1");
    }
}
