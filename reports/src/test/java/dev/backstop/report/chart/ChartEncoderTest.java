package dev.backstop.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** The one encoder of every chart, run or study: PNG at twice the size, SVG shortened but its words intact. */
class ChartEncoderTest {

    @Test
    void svgCoordinatesAreShortened() {
        assertEquals("<path d=\"M 1.23 -4.56 L 7 8.9\"/>", ChartEncoder.shorten("<path d=\"M 1.23456 -4.5678 L 7 8.9\"/>"));
    }

    @Test
    void shorteningLeavesTheTitleAndDescriptionAlone() {
        XYChart c = Charts.xy("P(shortfall) 0.12345 %", "x (days)", "y (%)");
        Charts.line(c, "a", new double[] {0.123456, 1.987654}, new double[] {0.5, 2.25}, ChartTheme.BLUE,
                ChartTheme.solid(2f));
        String svg = new String(ChartEncoder.svg(c, "goes from 0.123456 to 1.987654"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<title>P(shortfall) 0.12345 %</title>"), svg.substring(0, 600));
        assertTrue(svg.contains("<desc>goes from 0.123456 to 1.987654</desc>"), svg.substring(0, 600));
        assertTrue(!svg.matches("(?s).*<path[^>]*\\d\\.\\d{3}.*"), "path coordinates keep two decimals at most");
    }

    @Test
    void pngIsDrawnAtTwiceTheChartsSize() throws Exception {
        XYChart c = Charts.xy("t", "x (days)", "y (%)");
        Charts.line(c, "a", new double[] {0, 1}, new double[] {0, 1}, ChartTheme.BLUE, ChartTheme.solid(2f));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartEncoder.png(c)));
        assertEquals(2 * ChartTheme.WIDTH, img.getWidth());
        assertEquals(2 * ChartTheme.HEIGHT, img.getHeight());
        assertEquals(ChartEncoder.PNG_SCALE * ChartTheme.WIDTH, img.getWidth());
    }
}
