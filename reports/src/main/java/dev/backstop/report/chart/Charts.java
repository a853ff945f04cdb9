package dev.backstop.report.chart;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The steps every chart shares, of a run and of a study (STYLE 10: builder → styler → series →
 * encoder): build an XY chart with its titles and the {@link ChartTheme}, add a line, a filled band,
 * a dashed reference line or a note, and encode the result. Stateless and thread-safe.
 */
public final class Charts {
    private Charts() {}

    /** A styled XY chart with its title and axis titles (which name their units). */
    public static XYChart xy(String title, String xAxisTitle, String yAxisTitle) {
        XYChart c = new XYChartBuilder().width(ChartTheme.WIDTH).height(ChartTheme.HEIGHT).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        ChartTheme.apply(c.getStyler());
        // a tick every ~14 days is too dense to read at a glance; about one per month or two is enough
        c.getStyler().setXAxisTickMarkSpacingHint(90);
        return c;
    }

    /** A line without markers. */
    public static XYSeries line(XYChart c, String name, double[] x, double[] y, Color color, java.awt.BasicStroke stroke) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(stroke);
        return s;
    }

    /** A line with a round marker at each point: one per simulated value of a study. */
    public static XYSeries points(XYChart c, String name, double[] x, double[] y, Color color) {
        XYSeries s = line(c, name, x, y, color, ChartTheme.solid(2.5f));
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
        // The theme draws no markers (its lines are dense curves); a chart of points needs them.
        c.getStyler().setMarkerSize(8);
        return s;
    }

    /** A straight dashed line without markers: a target, a value found, a zero. */
    public static XYSeries reference(XYChart c, String name, double[] x, double[] y, Color color) {
        return line(c, name, x, y, color, ChartTheme.dashed(2f));
    }

    /** The 95 % interval between {@code lower} and {@code upper} over {@code x}, as a pale band of the estimate's colour. */
    public static XYSeries intervalBand(XYChart c, String name, double[] x, double[] lower, double[] upper, Color color) {
        double[][] band = band(x, lower, upper);
        return area(c, name, band[0], band[1], ChartTheme.translucent(color, ChartTheme.BAND_ALPHA));
    }

    /** A filled polygon (a band or the outline of histogram bars) with a thin border of the same hue. */
    public static XYSeries area(XYChart c, String name, double[] x, double[] y, Color fill) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setMarker(SeriesMarkers.NONE);
        s.setFillColor(fill);
        s.setLineColor(fill);
        s.setLineStyle(ChartTheme.solid(0.5f));
        return s;
    }

    /**
     * The polygon between {@code lower} and {@code upper} over {@code x}: forward along one, back along
     * the other.
     *
     * <p>One extra point, halfway along the upper edge's first segment, changes nothing visible but
     * makes the x values unevenly spaced: on evenly spaced x values (every day of the horizon) XChart
     * puts a tick on every k-th data point (0, 14, 28, … 364) instead of at round numbers (0, 50, 100).
     */
    public static double[][] band(double[] x, double[] lower, double[] upper) {
        int n = x.length;
        boolean extra = n >= 2;
        int m = 2 * n + (extra ? 1 : 0);
        double[] px = new double[m];
        double[] py = new double[m];
        int k = 0;
        for (int i = 0; i < n; i++) {
            px[k] = x[i];
            py[k++] = upper[i];
            if (i == 0 && extra) {
                px[k] = (x[0] + x[1]) / 2;
                py[k++] = (upper[0] + upper[1]) / 2;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            px[k] = x[i];
            py[k++] = lower[i];
        }
        return new double[][] {px, py};
    }

    /**
     * A boxed note in the plot's upper right corner, one line per entry. Used for what a reader must
     * know to read the chart (what is not drawn), and to say why a chart is empty.
     */
    public static void note(Chart<?, ?> c, List<String> lines) {
        // XChart places a panel by its lower left corner, measured from the chart's lower left; its
        // height is about 22 px per line plus padding, and x is clamped so that the panel fits.
        double height = 22.0 * lines.size() + 14;
        AnnotationTextPanel panel = new AnnotationTextPanel(String.join("\n", lines), ChartTheme.WIDTH,
                ChartTheme.HEIGHT - TOP - height, true);
        c.addAnnotation(panel);
    }

    /** Distance from the chart's top to the top of a note: below the title. */
    private static final double TOP = 62;

    /**
     * An axis frame with nothing to draw but a message: XChart needs a series, so an invisible one
     * spans the given ranges.
     */
    public static void empty(XYChart c, double xMin, double xMax, double yMax, String message) {
        XYSeries s = line(c, " ", new double[] {xMin, xMax}, new double[] {0, 0}, new Color(0, 0, 0, 0),
                ChartTheme.solid(0.1f));
        s.setShowInLegend(false);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(yMax);
        // Tick labels of an empty frame ("0 %", "1 %") would suggest a measurement; the axis titles stay.
        c.getStyler().setAxisTicksVisible(false);
        c.addAnnotation(new AnnotationTextPanel(message, ChartTheme.WIDTH / 2.0 - 250, ChartTheme.HEIGHT / 2.0 + 40,
                true));
    }

    /** Encodes a finished chart. */
    public static RenderedChart render(String name, Chart<?, ?> chart, String caption, Optional<String> note) {
        String description = "x axis: " + chart.getXAxisTitle() + "; y axis: " + chart.getYAxisTitle() + ". "
                + caption + note.map(n -> " " + n).orElse("");
        return new RenderedChart(name, chart.getTitle(), caption, note, ChartEncoder.png(chart),
                ChartEncoder.svg(chart, description));
    }
}
