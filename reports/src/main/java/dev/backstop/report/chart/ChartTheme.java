package dev.backstop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look shared by every chart, of a run and of a study: size, fonts, colours, grid. Fonts are the logical {@code
 * SansSerif}, which fontconfig maps to DejaVu Sans on the machines we build on (DEPENDENCIES.md),
 * sized for a chart shown at about 900 px wide. Colours are the Okabe–Ito palette, which readers
 * with the common colour-vision deficiencies can tell apart. Stateless and thread-safe.
 */
public final class ChartTheme {
    /** Width of every chart, pixels. */
    public static final int WIDTH = 960;
    /** Height of every chart, pixels. */
    public static final int HEIGHT = 540;

    /** Okabe–Ito blue: the main estimate. */
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    /** Okabe–Ito vermillion: losses not covered, bad outcomes. */
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    /** Okabe–Ito orange. */
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    /** Okabe–Ito bluish green. */
    public static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    /** Okabe–Ito reddish purple. */
    public static final Color PURPLE = new Color(0xCC, 0x79, 0xA7);
    /** Near-black for marker lines. */
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    /** Mid grey for neutral reference lines (a zero line). */
    public static final Color GREY = new Color(0x75, 0x75, 0x75);
    /** Opacity (0–255) of a 95 % interval band drawn behind its estimate. */
    public static final int BAND_ALPHA = 60;

    private static final String FAMILY = Font.SANS_SERIF;

    private ChartTheme() {}

    /** The colour with the given opacity (0–255), for interval bands. */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A solid line of the given width. */
    public static BasicStroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    /** A dashed line of the given width. */
    public static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f);
    }

    /** A dotted line of the given width. */
    public static BasicStroke dotted(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 5f}, 0f);
    }

    /** Applies the shared look to any chart with axes. */
    public static void apply(AxesChartStyler s) {
        s.setAntiAlias(true);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartFontColor(INK);
        s.setChartTitleFont(new Font(FAMILY, Font.BOLD, 20));
        s.setChartTitleBoxVisible(false);
        s.setChartTitlePadding(12);
        s.setChartPadding(14);
        s.setAxisTitleFont(new Font(FAMILY, Font.PLAIN, 16));
        s.setAxisTickLabelsFont(new Font(FAMILY, Font.PLAIN, 14));
        s.setAxisTickLabelsColor(INK);
        s.setAxisTitlePadding(8);
        // XChart aligns y tick labels to the left by default, which leaves "2" hanging next to "2.2".
        s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        s.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
        s.setPlotGridLinesStroke(solid(1f));
        s.setLegendFont(new Font(FAMILY, Font.PLAIN, 14));
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setLegendBorderColor(new Color(0xBB, 0xBB, 0xBB));
        s.setLegendBackgroundColor(new Color(255, 255, 255, 230));
        s.setLegendSeriesLineLength(28);
        // XChart sizes the legend's box a few pixels narrower than its text comes out in this font: with
        // its default padding the longest entry runs into the border.
        s.setLegendPadding(16);
        s.setAnnotationTextFont(new Font(FAMILY, Font.PLAIN, 16));
        s.setAnnotationTextFontColor(INK);
        s.setAnnotationTextPanelFont(new Font(FAMILY, Font.PLAIN, 15));
        s.setAnnotationTextPanelFontColor(INK);
        s.setAnnotationTextPanelBackgroundColor(new Color(255, 255, 255, 235));
        s.setAnnotationTextPanelBorderColor(new Color(0xBB, 0xBB, 0xBB));
        s.setToolTipsEnabled(false);
        s.setLocale(java.util.Locale.ROOT);
        s.setMarkerSize(0);
    }
}
