package dev.backstop.report.chart;

import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.Quantiles;
import dev.backstop.report.FigureFormat;
import dev.backstop.report.MetricsTable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * The distribution of the stakers' annualised return (SPEC §1.3 {@code staker_apr}) over the path
 * sample, with the run's mean, 5 % VaR (5th percentile) and CVaR (mean of the worst 5 %) marked as
 * vertical lines. The markers are the metrics of all paths (SPEC §1.4), the bars those of the
 * sample. The axis shows the middle 99 % of the sample (widened to include the markers), so that a
 * few extreme paths do not squeeze the bars into one. Stateless.
 */
final class AprChart {
    private static final int BINS = 80;
    private static final double TAIL = 0.005;

    private AprChart() {}

    static RenderedChart of(Sample sample, MetricsTable metrics, Period period) {
        double[] apr = sample.column(PathMeasure.STAKER_APR);
        String title = "Stakers' return per year";
        XYChart c = Charts.xy(title, "Staker APR after slashing (% per year)", "Share of " + period.plural() + " (%)");
        c.setCustomXAxisTickLabelsFormatter(AxisLabels::percent);
        // Never a formatter that gives two ticks the same label (say "" above 100 %): XChart then widens
        // the tick spacing forever, looking for unique labels. The headroom is capped at 100 % instead.
        c.setCustomYAxisTickLabelsFormatter(AxisLabels::percent);
        double mean = metrics.row(MetricKey.STAKER_APR_MEAN).value();
        double var = metrics.row(MetricKey.STAKER_APR_VAR95).value();
        double cvar = metrics.row(MetricKey.STAKER_APR_CVAR95).value();
        String caption = "The return a staker who stays in for the whole " + period.singular()
                + " earns, after slashing, over " + sample.describe() + ". Lines: the mean (" + FigureFormat.format(
                dev.backstop.report.FigureStyle.PERCENT, mean) + "), the 5 % VaR — only 5 % of "
                + period.plural() + " are worse (" + FigureFormat.format(dev.backstop.report.FigureStyle.PERCENT, var)
                + ") — and the CVaR, the average of those worst 5 % (" + FigureFormat.format(
                dev.backstop.report.FigureStyle.PERCENT, cvar) + "), all over every simulated path.";
        if (apr.length == 0) {
            String msg = "The run kept no per-path sample to draw.";
            Charts.empty(c, -10, 10, 1, msg);
            return Charts.render("staker-apr", c, caption, Optional.of(msg));
        }
        double[] sorted = apr.clone();
        Arrays.sort(sorted);
        double lo = Quantiles.type7Sorted(sorted, TAIL);
        double hi = Quantiles.type7Sorted(sorted, 1 - TAIL);
        for (double m : new double[] {mean, var, cvar}) {
            if (Double.isFinite(m)) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }
        boolean same = sorted[sorted.length - 1] - sorted[0] < 1e-9;
        if (hi - lo < 1e-6) {
            // every path earned the same: a narrow window around it
            lo -= 0.005;
            hi += 0.005;
        }
        double pad = (hi - lo) * 0.03;
        lo -= pad;
        hi += pad;
        Bins bins = Bins.linear(toPercent(apr), lo * 100, hi * 100, BINS, apr.length);
        long outside = apr.length - bins.counted();
        Charts.area(c, "Share of paths (" + sample.describe() + ")", bins.outlineX(), bins.outlineY(),
                ChartTheme.translucent(ChartTheme.BLUE, 150));
        // Headroom above the bars for the legend and the note, so that neither hides a marker's end.
        double top = Math.min(bins.max() * 1.6, 100);
        double lineTop = Math.min(bins.max() * 1.1, top);
        if (bins.max() * 1.6 > 100) {
            // no room above a bar this tall: the legend goes beside the plot
            c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        }
        marker(c, "Mean " + pct(mean), mean, lineTop, ChartTheme.INK, ChartTheme.solid(2.5f));
        marker(c, "5 % VaR " + pct(var) + " (5th percentile)", var, lineTop, ChartTheme.VERMILLION, ChartTheme.dashed(2.5f));
        marker(c, "5 % CVaR " + pct(cvar) + " (mean of worst 5 %)", cvar, lineTop, ChartTheme.PURPLE,
                ChartTheme.dotted(3f));
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(top);
        c.getStyler().setXAxisMin(lo * 100);
        c.getStyler().setXAxisMax(hi * 100);
        Optional<String> note = Optional.empty();
        if (same) {
            note = Optional.of("Every path earned the same, " + pct(sorted[0]) + ": nothing was slashed and the"
                    + " rewards did not vary.");
            Charts.note(c, List.of("Every path earned the same: " + pct(sorted[0])));
        } else if (outside > 0) {
            String share = AxisLabels.percent(100.0 * outside / apr.length);
            note = Optional.of("The axis leaves out the most extreme " + share + " of paths (" + FigureFormat.count(
                    outside) + "); the mean, VaR and CVaR include them.");
            Charts.note(c, List.of("Not drawn: the most extreme " + share + " of paths"));
        }
        return Charts.render("staker-apr", c, caption, note);
    }

    private static void marker(XYChart c, String name, double x, double top, java.awt.Color color,
                               java.awt.BasicStroke stroke) {
        if (!Double.isFinite(x)) {
            return;
        }
        Charts.line(c, name, new double[] {x * 100, x * 100}, new double[] {0, top}, color, stroke);
    }

    private static String pct(double share) {
        return Double.isFinite(share) ? AxisLabels.percent(share * 100) : FigureFormat.NONE;
    }

    private static double[] toPercent(double[] shares) {
        double[] p = new double[shares.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = shares[i] * 100;
        }
        return p;
    }
}
