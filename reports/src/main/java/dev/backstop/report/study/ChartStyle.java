package dev.backstop.report.study;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look of the study charts: white, light grid, no plot border, one accent colour with a pale
 * band for its 95 % interval, legend inside the plot. A small local helper until the report's
 * general chart style is merged (then this should use it). Stateless.
 */
final class ChartStyle {
    static final int WIDTH = 800;
    static final int HEIGHT = 480;

    static final Color BLUE = new Color(0x1f, 0x77, 0xb4);
    static final Color BAND = new Color(0x1f, 0x77, 0xb4, 0x38);
    static final Color ORANGE = new Color(0xe6, 0x6c, 0x00);
    static final Color RED = new Color(0xc6, 0x28, 0x28);
    static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    static final Color GREY = new Color(0x75, 0x75, 0x75);
    static final Color GRID = new Color(0xe3, 0xe3, 0xe3);

    static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {6, 4}, 0);
    static final BasicStroke SOLID = new BasicStroke(2f);

    private ChartStyle() {}

    /** An empty chart with the common style. */
    static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        XYStyler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setLegendBorderColor(GRID);
        s.setLegendBackgroundColor(new Color(255, 255, 255, 220));
        s.setMarkerSize(7);
        s.setChartPadding(12);
        s.setAxisTickMarksColor(GREY);
        s.setAxisTickLabelsColor(new Color(0x33, 0x33, 0x33));
        s.setToolTipsEnabled(false);
        s.setAntiAlias(true);
        // XChart aligns y tick labels to the left by default, which leaves "2" hanging next to "2.2".
        s.setYAxisLabelAlignment(org.knowm.xchart.style.AxesChartStyler.TextAlignment.Right);
        return c;
    }

    /** Tick labels with a magnitude suffix on the axes that want one; XChart's own formatter elsewhere. */
    static void axes(XYChart c, StudyText.Axis x, StudyText.Axis y) {
        if (x.compact()) {
            c.getStyler().setxAxisTickLabelsFormattingFunction(StudyText::compact);
        }
        if (y.compact()) {
            c.getStyler().setyAxisTickLabelsFormattingFunction(StudyText::compact);
        }
    }

    /** A line with round markers in the accent colour. */
    static XYSeries line(XYChart c, String name, double[] x, double[] y, Color color) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setLineColor(color);
        s.setLineStyle(SOLID);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
        return s;
    }

    /** A pale filled band between {@code lo} and {@code hi} (drawn as one polygon). */
    static XYSeries band(XYChart c, String name, double[] x, double[] lo, double[] hi) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = x[i];
            py[i] = lo[i];
            px[2 * n - 1 - i] = x[i];
            py[2 * n - 1 - i] = hi[i];
        }
        XYSeries s = c.addSeries(name, px, py);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(BAND);
        s.setLineColor(BAND);
        s.setLineStyle(new BasicStroke(0.5f));
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** A straight reference line (a target, a marked value), dashed, without markers. */
    static XYSeries reference(XYChart c, String name, double[] x, double[] y, Color color) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setLineColor(color);
        s.setLineStyle(DASHED);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }
}
