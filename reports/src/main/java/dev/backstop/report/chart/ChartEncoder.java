package dev.backstop.report.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import dev.backstop.report.html.Html;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The last stage of every chart, of a run or of a study (STYLE 10): its bytes as PNG and as SVG.
 * Stateless and thread-safe (each call paints its own chart).
 *
 * <p>PNG: drawn at {@value #PNG_SCALE} times the chart's size, so that it stays sharp on
 * high-density screens and in print; a page shows it at the chart's own width.
 *
 * <p>SVG: drawn by VectorGraphics2D as XChart's own encoder does, then given a {@code <title>} and a
 * {@code <desc>} (escaped), because XChart draws text as outlines: without them the file would hold
 * no readable word, for screen readers, search or tests. As every letter is a path (DEPENDENCIES.md:
 * about 500 KB a chart) and VectorGraphics2D writes coordinates with up to sixteen digits, they are
 * cut to hundredths of a pixel, far below what any screen shows, which roughly halves the file.
 */
public final class ChartEncoder {
    /** How many PNG pixels per chart pixel, in each direction. */
    public static final int PNG_SCALE = 2;

    private static final Pattern LONG_DECIMAL = Pattern.compile("(-?\\d+\\.\\d{2})\\d+");

    private ChartEncoder() {}

    /** The chart as a PNG image of {@value #PNG_SCALE} times its size. */
    public static byte[] png(Chart<?, ?> chart) {
        int w = chart.getWidth();
        int h = chart.getHeight();
        BufferedImage img = new BufferedImage(w * PNG_SCALE, h * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // Text advances that scale with the drawing: with hinted (integer) advances, text drawn at
            // twice the size comes out wider than XChart measured it, and runs over the legend's box.
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(PNG_SCALE, PNG_SCALE);
            chart.paint(g, w, h);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart '" + chart.getTitle() + "' as PNG", e);
        }
        return out.toByteArray();
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
        // Shortened before the words go in, so that no number in the title or description is cut.
        String svg = shorten(out.toString(StandardCharsets.UTF_8));
        return withTitle(svg, chart.getTitle(), description).getBytes(StandardCharsets.UTF_8);
    }

    /** The SVG text with {@code <title>} and {@code <desc>} as the root element's first children. */
    static String withTitle(String svg, String title, String description) {
        int root = svg.indexOf("<svg");
        int end = root < 0 ? -1 : svg.indexOf('>', root);
        if (end < 0) {
            throw new IllegalStateException("VectorGraphics2D wrote no <svg> element");
        }
        // HTML's escaping is also XML's: the five special characters as references, no control characters.
        return svg.substring(0, end + 1) + "\n<title>" + Html.escape(title) + "</title>\n<desc>"
                + Html.escape(description) + "</desc>" + svg.substring(end + 1);
    }

    /** Cuts every decimal with more than two places to two (truncation: sub-pixel detail). */
    static String shorten(String svg) {
        return LONG_DECIMAL.matcher(svg).replaceAll("$1");
    }
}
