package dev.backstop.report.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The last stage of a chart (STYLE 10): its bytes as PNG and as SVG. The SVG is drawn by
 * VectorGraphics2D as XChart's own encoder does, then given a {@code <title>} and a {@code <desc>}
 * (XML-escaped), because XChart draws text as outlines: without them the file would hold no
 * readable word, for screen readers, search or tests. Stateless and thread-safe (each call paints
 * its own chart).
 */
public final class ChartEncoder {
    private ChartEncoder() {}

    /** The chart as a PNG image of its own size. */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart '" + chart.getTitle() + "' as PNG", e);
        }
    }

    /**
     * The chart as an SVG document, UTF-8.
     *
     * @param description what the chart shows, in words (axis titles, notes), for the {@code <desc>}
     */
    public static byte[] svg(Chart<?, ?> chart, String description) {
        VectorGraphics2D g = new VectorGraphics2D();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, chart.getWidth(), chart.getHeight()))
                    .writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart '" + chart.getTitle() + "' as SVG", e);
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        return withTitle(svg, chart.getTitle(), description).getBytes(StandardCharsets.UTF_8);
    }

    /** The SVG text with {@code <title>} and {@code <desc>} as the root element's first children. */
    static String withTitle(String svg, String title, String description) {
        int root = svg.indexOf("<svg");
        int end = root < 0 ? -1 : svg.indexOf('>', root);
        if (end < 0) {
            throw new IllegalStateException("VectorGraphics2D wrote no <svg> element");
        }
        return svg.substring(0, end + 1) + "\n<title>" + xml(title) + "</title>\n<desc>" + xml(description)
                + "</desc>" + svg.substring(end + 1);
    }

    /** Text safe inside an XML element. */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // Control characters other than tab and line breaks are not allowed in XML 1.0.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
