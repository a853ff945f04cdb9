package dev.backstop.report.chart;

import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.SurvivalCurve;
import dev.backstop.report.FigureFormat;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * The chance of at least one event (a slash, or a shortfall) by day t, that is 1 − survival (SPEC
 * §1.4), with its 95 % Wilson band at every step. When no path had the event, the line lies on zero
 * and the band shows how large the chance could still be; a note says so. Stateless.
 */
final class ProbabilityChart {
    private ProbabilityChart() {}

    /**
     * @param name   file base name
     * @param event  the event in words, e.g. {@code at least one slash}
     * @param noun   the event as a noun, e.g. {@code slash}
     */
    static RenderedChart of(String name, SurvivalCurve curve, Period period, String title, String event,
                            String noun) {
        int n = curve.size();
        double[] day = new double[n];
        double[] p = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            Estimate e = curve.eventProbability(i);
            day[i] = curve.day(i);
            p[i] = 100 * (1 - curve.share(i));
            lo[i] = 100 * e.lo();
            hi[i] = 100 * e.hi();
        }
        XYChart c = Charts.xy(title, "Day of the " + period.singular() + " (days)", "Share of " + period.plural() + " (%)");
        c.setCustomYAxisTickLabelsFormatter(AxisLabels::percent);
        c.getStyler().setYAxisMin(0.0);
        Charts.intervalBand(c, "95 % interval", day, lo, hi, ChartTheme.BLUE);
        Charts.line(c, "Estimate", day, p, ChartTheme.BLUE, ChartTheme.solid(2.5f));

        long events = curve.paths() - curve.survivors(n - 1);
        Estimate end = curve.eventProbability(n - 1);
        String caption = "The share of " + period.plural() + " with " + event + " by each day, out of "
                + FigureFormat.count(curve.paths()) + " simulated paths; the shaded band is the 95 % Monte Carlo"
                + " interval (Wilson). By the end: " + FigureFormat.percent(1 - curve.share(n - 1)) + " ("
                + FigureFormat.interval(dev.backstop.report.FigureStyle.PERCENT, 1 - curve.share(n - 1), end.lo(),
                end.hi()) + ").";
        Optional<String> note = Optional.empty();
        if (events == 0) {
            String text = "No " + noun + " in any of the " + FigureFormat.count(curve.paths()) + " " + period.plural()
                    + ". The band shows how high the chance could still be: the upper end of the 95 % interval.";
            note = Optional.of(text);
            c.getStyler().setYAxisMax(Math.max(hi[n - 1] * 3, 1e-6));
            Charts.note(c, List.of("No " + noun + " in any of the " + FigureFormat.count(curve.paths()) + " "
                    + period.plural() + ";", "the band shows how high the chance could still be (95 %)."));
        }
        return Charts.render(name, c, caption, note);
    }
}
