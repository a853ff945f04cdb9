package dev.backstop.report.chart;

import dev.backstop.core.result.PathMeasure;
import dev.backstop.report.FigureFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * Distributions of USD amounts per path on a log-scaled amount axis (losses span several powers
 * of ten): the total losses of a path, and the uncovered deficit of the paths with a shortfall.
 * Bars are 5 to a power of ten. Paths with no amount cannot sit on a log axis; the chart says how
 * many there are instead. Stateless.
 */
final class LossHistogramChart {
    private static final int BINS_PER_DECADE = 5;

    private LossHistogramChart() {}

    /** Total losses per path, all paths of the sample. */
    static RenderedChart losses(Sample sample, Period period) {
        double[] losses = sample.column(PathMeasure.LOSSES_USD);
        Bins bins = Bins.log(losses, BINS_PER_DECADE, losses.length);
        String title = "Total losses per " + period.singular();
        XYChart c = Charts.xy(title, "Losses in one " + period.singular() + " (USD, log scale)",
                "Share of " + period.plural() + " (%)");
        long zero = losses.length - bins.counted();
        String caption = "How large the protocol's losses (before any cover) are in one " + period.singular()
                + ", over " + sample.describe() + ". Each bar is the share of " + period.plural()
                + " whose losses fall in its range; bars are equally wide on the log scale (five to a power of ten).";
        if (bins.isEmpty()) {
            String msg = "No losses in any of the " + FigureFormat.count(losses.length) + " " + period.plural() + ".";
            Charts.empty(c, 3, 9, 1, msg);
            logAxis(c, null);
            return Charts.render("losses", c, caption, Optional.of(msg));
        }
        Charts.area(c, "Share of paths (" + sample.describe() + ")", log10(bins.outlineX()), bins.outlineY(),
                ChartTheme.translucent(ChartTheme.BLUE, 170));
        logAxis(c, bins);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(bins.max() * 1.15);
        Optional<String> note = Optional.empty();
        if (zero > 0) {
            String share = FigureFormat.percent((double) zero / losses.length);
            note = Optional.of("In " + share + " of " + period.plural()
                    + " there is no loss at all; a log scale cannot show them.");
            Charts.note(c, List.of("No loss at all: " + share + " of " + period.shortPlural(), "(not drawn on a log scale)"));
        }
        return Charts.render("losses", c, caption, note);
    }

    /** The deficit of the paths with a shortfall. */
    static RenderedChart deficit(Sample sample, Period period) {
        double[] deficit = sample.column(PathMeasure.DEFICIT_USD);
        List<Double> positive = new ArrayList<>();
        for (double d : deficit) {
            if (d > 0) {
                positive.add(d);
            }
        }
        double[] values = positive.stream().mapToDouble(Double::doubleValue).toArray();
        Bins bins = Bins.log(values, BINS_PER_DECADE, values.length);
        String title = "Uncovered deficit, in " + period.plural() + " with a shortfall";
        XYChart c = Charts.xy(title, "Deficit at the end of the " + period.singular() + " (USD, log scale)",
                "Share of shortfall " + period.shortPlural() + " (%)");
        String caption = "What is left unpaid when the reserve and the backstop together cannot cover the losses,"
                + " among the " + period.plural() + " where that happens (" + FigureFormat.count(values.length)
                + " of " + sample.describe() + "). Each bar is the share of those " + period.plural()
                + " whose deficit falls in its range.";
        if (bins.isEmpty()) {
            String msg = "No shortfall in any of the " + FigureFormat.count(deficit.length) + " " + period.plural()
                    + ":\nthe reserve and the backstop covered every loss.";
            Charts.empty(c, 3, 9, 1, msg);
            logAxis(c, null);
            return Charts.render("deficit", c, caption, Optional.of(msg.replace("\n", " ")));
        }
        Charts.area(c, FigureFormat.count(values.length) + " paths with a shortfall (of " + sample.describe() + ")",
                log10(bins.outlineX()), bins.outlineY(), ChartTheme.translucent(ChartTheme.VERMILLION, 170));
        logAxis(c, bins);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(bins.max() * 1.15);
        Optional<String> note = Optional.empty();
        if (values.length < 30) {
            note = Optional.of("Only " + values.length + " " + period.plural()
                    + " with a shortfall: the shape of this distribution is rough.");
            Charts.note(c, List.of("Only " + values.length + " " + period.shortPlural() + " with a shortfall:",
                    "the shape is rough."));
        }
        return Charts.render("deficit", c, caption, note);
    }

    /**
     * The amounts are drawn as log10(USD) on a linear axis whose labels turn them back into USD.
     * XChart's own log axis cannot be used: with a custom label formatter it places the ticks as on a
     * linear axis while drawing the data on the log scale, so the labels would lie.
     */
    private static void logAxis(XYChart c, Bins bins) {
        c.setCustomXAxisTickLabelsFormatter(x -> AxisLabels.usd(Math.pow(10, x)));
        c.setCustomYAxisTickLabelsFormatter(AxisLabels::percent);
        double lo = bins == null ? 3 : Math.floor(Math.log10(bins.edges()[0]) + 1e-9);
        double hi = bins == null ? 9 : Math.ceil(Math.log10(bins.edges()[bins.edges().length - 1]) - 1e-9);
        c.getStyler().setXAxisMin(lo);
        c.getStyler().setXAxisMax(hi);
        if (hi - lo >= 3) {
            // XChart picks the smallest of 1, 2, 2.5, 5 × 10^k whose ticks are at least the hint apart:
            // asking for most of a decade makes it one tick per power of ten; ticks between powers of
            // ten, if XChart still makes some, stay unlabelled gridlines, so the labels read $1M, $10M,
            // $100M rather than $3.2M, $10M, $32M. (XChart insists on distinct labels and widens the
            // spacing until they are: it stops at one tick per power of ten at the latest.)
            double plotWidth = ChartTheme.WIDTH - 120;
            c.getStyler().setXAxisTickMarkSpacingHint((int) Math.ceil(0.9 * plotWidth / (hi - lo)));
            c.setCustomXAxisTickLabelsFormatter(x -> Math.abs(x - Math.rint(x)) < 1e-6
                    ? AxisLabels.usd(Math.pow(10, Math.rint(x))) : "");
        }
    }

    private static double[] log10(double[] x) {
        double[] l = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            l[i] = Math.log10(x[i]);
        }
        return l;
    }
}
