package dev.backstop.report.chart;

import dev.backstop.core.result.ValuePaths;
import dev.backstop.report.FigureFormat;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * A fan chart of the backstop's USD value ({@code B·P}) over time: the 5th–95th and 25th–75th
 * percentile bands and the median across the recorded value paths, which are the first paths by
 * index (a fixed, documented subsample, {@code RunOptions.valuePaths}). Stateless.
 */
final class FanChart {
    private FanChart() {}

    static RenderedChart of(ValuePaths paths, long totalPaths, Period period) {
        int recorded = paths == null ? 0 : paths.paths();
        String which = recorded == totalPaths ? "all " + FigureFormat.count(recorded) + " paths"
                : "the first " + FigureFormat.count(recorded) + " of " + FigureFormat.count(totalPaths) + " paths";
        XYChart c = Charts.xy("Backstop value over time", "Day of the " + period.singular() + " (days)",
                "Backstop value (USD)");
        c.setCustomYAxisTickLabelsFormatter(AxisLabels::usd);
        String caption = "What the backstop pool is worth in USD (stake times price) on each day, over " + which
                + ": the dark line is the median path, the inner band holds the middle 50 % of paths (25th to 75th"
                + " percentile), the outer band the middle 90 % (5th to 95th). Slashes, withdrawals, deposits and"
                + " the price of the staked asset all move it.";
        if (recorded == 0) {
            String msg = "The run recorded no value paths.";
            Charts.empty(c, 0, 1, 1, msg);
            return Charts.render("backstop-value", c, caption, Optional.of(msg));
        }
        int n = paths.points();
        double[] day = new double[n];
        double[][] q = new double[5][n];
        double[] ps = {0.05, 0.25, 0.5, 0.75, 0.95};
        for (int j = 0; j < n; j++) {
            day[j] = paths.day(j);
            for (int k = 0; k < ps.length; k++) {
                q[k][j] = paths.percentile(j, ps[k]);
            }
        }
        double[][] outer = Charts.band(day, q[0], q[4]);
        double[][] inner = Charts.band(day, q[1], q[3]);
        Charts.area(c, "5th–95th percentile", outer[0], outer[1], ChartTheme.translucent(ChartTheme.BLUE, 55));
        Charts.area(c, "25th–75th percentile", inner[0], inner[1], ChartTheme.translucent(ChartTheme.BLUE, 110));
        Charts.line(c, "Median (" + which + ")", day, q[2], ChartTheme.INK, ChartTheme.solid(2.5f));
        c.getStyler().setYAxisMin(0.0);
        return Charts.render("backstop-value", c, caption, Optional.empty());
    }
}
