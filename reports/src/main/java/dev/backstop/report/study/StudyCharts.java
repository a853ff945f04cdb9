package dev.backstop.report.study;

import dev.backstop.report.chart.ChartTheme;
import dev.backstop.report.chart.Charts;
import dev.backstop.report.chart.RenderedChart;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * What the study charts add to the shared chart steps ({@link Charts}): tick labels in a parameter's
 * or metric's unit, axis titles with units, an empty plot with a message, and the encoding with
 * the chart's text alternative as its caption. Stateless and thread-safe.
 */
final class StudyCharts {
    private StudyCharts() {}

    /** Tick labels with a magnitude suffix on the axes that want one; XChart's own formatter elsewhere. */
    static void axes(XYChart c, StudyText.Axis x, StudyText.Axis y) {
        if (x.compact()) {
            c.getStyler().setxAxisTickLabelsFormattingFunction(StudyText::compact);
        }
        if (y.compact()) {
            c.getStyler().setyAxisTickLabelsFormattingFunction(StudyText::compact);
        }
    }

    /** {@code what (unit)}, or {@code what} alone without a unit. */
    static String axisTitle(String what, String unit) {
        return unit.isEmpty() ? what : what + " (" + unit + ")";
    }

    /** Column {@code i} of rows of numbers. */
    static double[] column(List<double[]> rows, int i) {
        return rows.stream().mapToDouble(q -> q[i]).toArray();
    }

    /** An empty plot over {@code [from, to]} with a message in its middle. */
    static void placeholder(XYChart c, double from, double to, String message) {
        double a = from == to ? from - 1 : from;
        double b = from == to ? to + 1 : to;
        Charts.empty(c, a, b, 1, message);
    }

    /**
     * For a curve with its band: the legend in the upper corner the data leave free (the right one
     * when the curve is higher on its left third than on its right third, else the left), and room
     * above the data for it; a share is drawn from zero, so that a flat curve reads as flat. A
     * single curve needs no legend: its axis title names it.
     *
     * @param top      the highest drawn value at each x (the band's upper end)
     * @param bottom   the lowest drawn value
     * @param fromZero whether the axis starts at zero (shares that cannot be negative)
     */
    static void legendAway(XYChart c, double[] x, double[] top, double bottom, boolean fromZero, boolean band) {
        if (!band) {
            c.getStyler().setLegendVisible(false);
            return;
        }
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            x0 = Math.min(x0, x[i]);
            x1 = Math.max(x1, x[i]);
            max = Math.max(max, top[i]);
        }
        double left = Double.NEGATIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (x[i] <= x0 + (x1 - x0) / 3) {
                left = Math.max(left, top[i]);
            }
            if (x[i] >= x1 - (x1 - x0) / 3) {
                right = Math.max(right, top[i]);
            }
        }
        c.getStyler().setLegendPosition(left > right ? Styler.LegendPosition.InsideNE : Styler.LegendPosition.InsideNW);
        double low = fromZero ? 0 : bottom;
        double span = max - low;
        if (span > 0) {
            // The legend's two lines take about a fifth of the plot's height.
            c.getStyler().setYAxisMax(max + 0.3 * span);
        }
        if (fromZero) {
            c.getStyler().setYAxisMin(0.0);
        }
    }

    /**
     * Ticks of a log sweep, drawn as log10 of the value on a linear axis (XChart's log axis ignores a
     * tick formatter): labels only at 1, 2 and 5 × 10^k over up to two and a half decades, at powers of
     * ten beyond, so that they read 0.5, 1, 2, 5, 10 rather than 0.631, 1.58, 2.51; the other ticks stay
     * unlabelled gridlines.
     */
    static void logTicks(XYChart c, StudyText.Axis xa, double from, double to) {
        double decades = Math.abs(Math.log10(xa.apply(to)) - Math.log10(xa.apply(from)));
        double plotWidth = ChartTheme.WIDTH - 125;
        boolean fine = decades <= 2.5;
        // XChart takes the smallest of 1, 2, 2.5, 5 × 10^k (here in decades) whose ticks are at least the
        // hint apart: a tenth of a decade puts ticks at log10 2 = 0.301 and log10 5 = 0.699 (to 0.5 %).
        double step = fine ? 0.1 : 1;
        c.getStyler().setXAxisTickMarkSpacingHint((int) Math.max(8, Math.floor(0.95 * step * plotWidth / Math.max(decades, 1e-9))));
        c.getStyler().setxAxisTickLabelsFormattingFunction(v -> {
            double k = Math.floor(v + 1e-9);
            double mantissa = Math.pow(10, v - k);
            for (double nice : fine ? new double[] {1, 2, 5, 10} : new double[] {1, 10}) {
                if (Math.abs(mantissa / nice - 1) < 0.01) {
                    double value = nice * Math.pow(10, k);
                    return xa.compact() ? StudyText.compact(value) : StudyText.significant(value);
                }
            }
            // XChart drops a tick spacing whose labels repeat: the unlabelled ticks get distinct runs of
            // spaces, which show nothing.
            return " ".repeat(1 + (int) Math.floorMod(Math.round(v * 10), 60L));
        });
    }

    /** Encodes a finished chart; {@code alt} says what it shows in one sentence, and is its caption. */
    static RenderedChart render(String name, String alt, XYChart c) {
        return Charts.render(name, c, alt, Optional.empty());
    }
}
