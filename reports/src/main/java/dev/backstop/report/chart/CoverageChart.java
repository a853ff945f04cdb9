package dev.backstop.report.chart;

import dev.backstop.core.model.WaterfallOrder;
import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.SimulationResult;
import dev.backstop.report.FigureFormat;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/**
 * How the losses were covered (SPEC §1.2 step 5, the waterfall): the mean USD paid by the reserve,
 * by the backstop (slashed) and left as deficit, stacked, for all paths and for the paths with a
 * slash and with a shortfall. The bars of all paths are the run's means over every path; the
 * conditional bars come from the path sample. Stateless.
 */
final class CoverageChart {
    private CoverageChart() {}

    private record Bar(String label, double reserve, double backstop, double deficit) {}

    static RenderedChart of(SimulationResult result, Sample sample, Period period) {
        List<Bar> bars = new ArrayList<>();
        double reserve = mean(result, sample, PathMeasure.RESERVE_USED_USD);
        double slashed = mean(result, sample, PathMeasure.SLASHED_USD);
        double deficit = mean(result, sample, PathMeasure.DEFICIT_USD);
        bars.add(new Bar("All " + period.shortPlural() + " (" + FigureFormat.count(result.paths()) + ")", reserve,
                slashed, deficit));
        addConditional(bars, sample, PathMeasure.SLASHED, capitalised(period.shortPlural()) + " with a slash");
        addConditional(bars, sample, PathMeasure.SHORTFALL, capitalised(period.shortPlural()) + " with a shortfall");

        CategoryChart c = new CategoryChartBuilder().width(ChartTheme.WIDTH).height(ChartTheme.HEIGHT)
                .title("How losses were covered (mean per " + period.singular() + ")")
                .xAxisTitle("Which " + period.plural()).yAxisTitle("Mean amount (USD)").build();
        ChartTheme.apply(c.getStyler());
        c.getStyler().setStacked(true);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        c.getStyler().setAvailableSpaceFill(0.55);
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        c.setCustomYAxisTickLabelsFormatter(AxisLabels::usd);
        List<String> labels = bars.stream().map(Bar::label).toList();
        series(c, "Reserve", labels, bars.stream().map(Bar::reserve).toList(), ChartTheme.GREEN);
        series(c, "Backstop (slashed)", labels, bars.stream().map(Bar::backstop).toList(), ChartTheme.BLUE);
        series(c, "Deficit (not covered)", labels, bars.stream().map(Bar::deficit).toList(), ChartTheme.VERMILLION);

        boolean backstopFirst = result.scenario().backstop().order() == WaterfallOrder.BACKSTOP_FIRST;
        StringBuilder caption = new StringBuilder("Who pays for the losses, on average: ")
                .append(backstopFirst ? "the backstop first, then the reserve" : "the reserve first, then the backstop")
                .append(", and what neither covers is the deficit. Over all ")
                .append(FigureFormat.count(result.paths())).append(" paths: reserve ")
                .append(withInterval(result, PathMeasure.RESERVE_USED_USD, reserve)).append(", backstop ")
                .append(withInterval(result, PathMeasure.SLASHED_USD, slashed)).append(", deficit ")
                .append(withInterval(result, PathMeasure.DEFICIT_USD, deficit))
                .append(" (95 % intervals). The bars for ").append(period.plural())
                .append(" with a slash or a shortfall average over those paths among ").append(sample.describe())
                .append('.');
        Optional<String> note = Optional.empty();
        if (reserve + slashed + deficit == 0) {
            String msg = "No losses in any path: nothing to cover.";
            note = Optional.of(msg);
            c.getStyler().setYAxisMax(1.0);
            c.getStyler().setYAxisTicksVisible(false);
            Charts.note(c, List.of(msg));
        }
        return Charts.render("loss-coverage", c, caption.toString(), note);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void series(CategoryChart c, String name, List<String> labels, List<Double> values, Color color) {
        CategorySeries s = c.addSeries(name, labels, values);
        s.setFillColor(color);
    }

    private static void addConditional(List<Bar> bars, Sample sample, PathMeasure flag, String label) {
        double[] f = sample.column(flag);
        double[] r = sample.column(PathMeasure.RESERVE_USED_USD);
        double[] s = sample.column(PathMeasure.SLASHED_USD);
        double[] d = sample.column(PathMeasure.DEFICIT_USD);
        long n = 0;
        double sr = 0;
        double ss = 0;
        double sd = 0;
        for (int i = 0; i < f.length; i++) {
            if (f[i] > 0) {
                n++;
                sr += r[i];
                ss += s[i];
                sd += d[i];
            }
        }
        if (n > 0) {
            bars.add(new Bar(label + " (" + FigureFormat.count(n) + ")", sr / n, ss / n, sd / n));
        }
    }

    /** The run's mean over every path, else (a hand-built result without means) the sample's. */
    private static double mean(SimulationResult result, Sample sample, PathMeasure m) {
        Estimate e = result.means().get(m);
        if (e != null && Double.isFinite(e.value())) {
            return e.value();
        }
        double[] col = sample.column(m);
        double sum = 0;
        for (double v : col) {
            sum += v;
        }
        return col.length == 0 ? 0 : sum / col.length;
    }

    private static String withInterval(SimulationResult result, PathMeasure m, double value) {
        Estimate e = result.means().get(m);
        String v = FigureFormat.usd(value);
        if (e == null || !Double.isFinite(e.lo()) || !Double.isFinite(e.hi())) {
            return v;
        }
        return v + " (" + FigureFormat.usd(e.lo()) + " – " + FigureFormat.usd(e.hi()) + ")";
    }
}
