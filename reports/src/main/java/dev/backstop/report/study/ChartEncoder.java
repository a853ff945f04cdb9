package dev.backstop.report.study;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Encodes an XChart chart as PNG (drawn at twice its size, so that it stays sharp on high-density
 * screens and in print) and as SVG. Stateless and thread-safe (each call paints its own copy).
 *
 * <p>SVG size: XChart draws text as glyph outlines, so an SVG holds every letter as a path
 * (DEPENDENCIES.md: about 500 KB a chart). Coordinates are written by VectorGraphics2D with up to
 * sixteen digits; rounding them to hundredths of a pixel, far below what any screen shows, roughly
 * halves the file.
 */
final class ChartEncoder {
    static final int PNG_SCALE = 2;
    private static final Pattern LONG_DECIMAL = Pattern.compile("(-?\\d+\\.\\d{2})\\d+");

    private ChartEncoder() {}

    static byte[] png(Chart<?, ?> chart) {
        int w = chart.getWidth();
        int h = chart.getHeight();
        BufferedImage img = new BufferedImage(w * PNG_SCALE, h * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(PNG_SCALE, PNG_SCALE);
            chart.paint(g, w, h);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a PNG in memory failed", e);
        }
        return out.toByteArray();
    }

    static String svg(Chart<?, ?> chart) {
        VectorGraphics2D g = new VectorGraphics2D();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        Document doc = new SVGProcessor().getDocument(g.getCommands(),
                new PageSize(0, 0, chart.getWidth(), chart.getHeight()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            doc.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding an SVG in memory failed", e);
        }
        return shorten(out.toString(StandardCharsets.UTF_8));
    }

    /** Rounds every decimal with more than two places down to two (truncation: sub-pixel detail). */
    static String shorten(String svg) {
        Matcher m = LONG_DECIMAL.matcher(svg);
        return m.replaceAll("$1");
    }
}
