package dev.backstop.report.html;

import dev.backstop.report.chart.RenderedChart;
import java.util.Base64;
import java.util.List;

/**
 * The small HTML writers every page uses: escaped text, a table, a chart as a figure. Also the
 * escaping of the text in an SVG chart (XML's rules are HTML's here). Stateless and thread-safe.
 */
public final class Html {
    private Html() {}

    /**
     * Text safe in HTML element content and in double- or single-quoted attribute values: the five
     * special characters become references, and control characters other than tab and line breaks
     * (which HTML forbids) become spaces.
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** A table of text cells, every cell escaped; {@code right[i]} aligns column i to the right (numbers). */
    public static String table(List<String> header, boolean[] right, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            sb.append(right[i] ? "<th class=\"num\">" : "<th>").append(escape(header.get(i))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            sb.append("<tr>");
            for (int i = 0; i < r.size(); i++) {
                sb.append(right[i] ? "<td class=\"num\">" : "<td>").append(escape(r.get(i))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    /** The PNG as a {@code data:} URI, for a page that needs no other file. */
    public static String dataUri(RenderedChart chart) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png());
    }

    /**
     * A chart as a {@code <figure>}: the image, then its title, caption and note, and the names of its
     * PNG and SVG files next to the page.
     *
     * @param id     the figure's id, or null for none
     * @param source the image's source: {@link #dataUri} for a self-contained page, or a file name
     */
    public static String figure(String id, RenderedChart chart, String source) {
        StringBuilder h = new StringBuilder(source.length() + 512);
        h.append(id == null ? "<figure>\n" : "<figure id=\"" + escape(id) + "\">\n");
        h.append("<img src=\"").append(escape(source)).append("\" alt=\"").append(escape(chart.title())).append("\">\n");
        h.append("<figcaption><strong>").append(escape(chart.title())).append(".</strong> ")
                .append(escape(chart.caption()));
        chart.note().ifPresent(n -> h.append("<span class=\"note\">").append(escape(n)).append("</span>"));
        h.append("<span class=\"fine\"> Also saved next to this page as ").append(escape(chart.pngName()))
                .append(" and ").append(escape(chart.svgName())).append(".</span>");
        return h.append("</figcaption>\n</figure>\n").toString();
    }
}
