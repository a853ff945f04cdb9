package dev.backstop.report.study;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.study.PrecisionOutcome;
import dev.backstop.core.study.SizePoint;
import dev.backstop.core.study.SizeResult;
import dev.backstop.report.FigureFormat;
import dev.backstop.report.Json;
import dev.backstop.report.OutputFile;
import dev.backstop.report.chart.ChartTheme;
import dev.backstop.report.chart.Charts;
import dev.backstop.report.chart.RenderedChart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * The outputs of {@code backstop size} (SPEC §4): {@code size.json}, a chart of the metric against
 * the parameter with the target and the values found, and a section. Stateless and thread-safe.
 */
public final class SizeOutputs {
    public static final String JSON = "size.json";

    private SizeOutputs() {}

    /**
     * One sizing as the command reports it: the result of the last round, and the rounds when
     * precision control ran (null otherwise).
     */
    public record Sizing(SizeResult result, PrecisionOutcome<SizeResult> rounds) {
        public static Sizing of(PrecisionOutcome<SizeResult> rounds) {
            return new Sizing(rounds.last().result(), rounds);
        }

        public static Sizing of(SizeResult result) {
            return new Sizing(result, null);
        }
    }

    /**
     * {@code size.json}: the object of SPEC §4 for one sizing; for several (a file with several
     * {@code size} statements) an array of such objects, in order.
     */
    public static String json(List<Sizing> sizings) {
        if (sizings.size() == 1) {
            return object(sizings.get(0), "") + "\n";
        }
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < sizings.size(); i++) {
            sb.append("  ").append(object(sizings.get(i), "  ")).append(i + 1 < sizings.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }

    /**
     * The SPEC's keys first ({@code param, metric, op, target, value, conservative_value, at_value, met,
     * paths}), amounts in the parameter's stored unit, then what else a reader needs to trust it.
     */
    static String object(Sizing z, String indent) {
        SizeResult r = z.result();
        SizeStudy st = r.study();
        MetricKey key = r.metric();
        Scenario s = r.base();
        String in = indent + "  ";
        StringBuilder sb = new StringBuilder("{\n");
        field(sb, in, "param", Json.string(st.param().text()));
        field(sb, in, "metric", Json.string(st.metric()));
        field(sb, in, "op", Json.string(st.op().symbol()));
        field(sb, in, "target", Json.number(st.target()));
        field(sb, in, "value", r.value().isPresent() ? Json.number(r.value().getAsDouble()) : "null");
        field(sb, in, "conservative_value",
                r.conservativeValue().isPresent() ? Json.number(r.conservativeValue().getAsDouble()) : "null");
        field(sb, in, "at_value", r.atValue().map(p -> estimate(p.metrics().get(key))).orElse("null"));
        field(sb, in, "met", Boolean.toString(r.met()));
        field(sb, in, "paths", Long.toString(r.paths()));
        field(sb, in, "seed", Long.toString(s.seed()));
        field(sb, in, "unit", Json.string(st.param().unitLabel(s)));
        field(sb, in, "range", "[" + Json.number(st.lo()) + ", " + Json.number(st.hi()) + "]");
        field(sb, in, "tolerance", Json.number(r.tolerance()));
        field(sb, in, "search", Json.string(r.search().name().toLowerCase(Locale.ROOT)));
        field(sb, in, "outcome", Json.string(r.outcome().name().toLowerCase(Locale.ROOT)));
        field(sb, in, "conservative", Json.string(r.conservative().name().toLowerCase(Locale.ROOT)));
        field(sb, in, "at_conservative", r.atConservative().map(p -> estimate(p.metrics().get(key))).orElse("null"));
        field(sb, in, "closest", r.closest().map(p -> "{\"value\": " + Json.number(p.value()) + ", \"metric\": "
                + estimate(p.metrics().get(key)) + "}").orElse("null"));
        field(sb, in, "monotone_on_grid", Boolean.toString(r.monotoneOnGrid()));
        StringBuilder ev = new StringBuilder("[");
        for (int i = 0; i < r.evaluated().size(); i++) {
            SizePoint p = r.evaluated().get(i);
            ev.append(i == 0 ? "\n" : ",\n").append(in).append("  {\"value\": ").append(Json.number(p.value()))
                    .append(", \"metric\": ").append(estimate(p.metrics().get(key))).append('}');
        }
        ev.append('\n').append(in).append(']');
        if (z.rounds() == null) {
            field(sb, in, "evaluated", ev.toString());
            sb.append(in).append("\"precision\": null\n");
        } else {
            field(sb, in, "evaluated", ev.toString());
            sb.append(in).append("\"precision\": ").append(precision(z.rounds(), key, in)).append('\n');
        }
        return sb.append(indent).append('}').toString();
    }

    private static String precision(PrecisionOutcome<SizeResult> o, MetricKey key, String in) {
        StringBuilder sb = new StringBuilder("{\"metric\": ").append(Json.string(o.goal().metric().key()))
                .append(", \"half_width\": ").append(Json.number(o.goal().halfWidth()))
                .append(", \"max_paths\": ").append(o.goal().maxPaths())
                .append(", \"stop\": ").append(Json.string(o.stop() == PrecisionOutcome.Stop.RESOLVED ? "resolved" : "budget"))
                .append(", \"rounds\": [");
        for (int i = 0; i < o.rounds().size(); i++) {
            var round = o.rounds().get(i);
            SizeResult r = round.result();
            sb.append(i == 0 ? "\n" : ",\n").append(in).append("  {\"paths\": ").append(round.paths())
                    .append(", \"value\": ").append(r.value().isPresent() ? Json.number(r.value().getAsDouble()) : "null")
                    .append(", \"conservative_value\": ")
                    .append(r.conservativeValue().isPresent() ? Json.number(r.conservativeValue().getAsDouble()) : "null")
                    .append(", \"half_width\": ").append(Json.number(round.halfWidth())).append('}');
        }
        return sb.append('\n').append(in).append("]}").toString();
    }

    private static void field(StringBuilder sb, String indent, String name, String json) {
        sb.append(indent).append(Json.string(name)).append(": ").append(json).append(",\n");
    }

    /** {@code {"value": v, "ci95": [lo, hi]}}; {@code ci95} null for a metric without an interval. */
    static String estimate(MetricValue m) {
        if (!m.isDefined()) {
            return "{\"value\": null, \"ci95\": null}";
        }
        String ci = m.estimate().filter(e -> m.key().hasInterval())
                .map(e -> "[" + Json.number(e.lo()) + ", " + Json.number(e.hi()) + "]").orElse("null");
        return "{\"value\": " + Json.number(m.value().getAsDouble()) + ", \"ci95\": " + ci + "}";
    }

    /** Chart base names: {@code size-PARAM}, with {@code -2}, {@code -3} for repeats. */
    public static List<String> chartNames(List<SizeStudy> studies) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (SizeStudy st : studies) {
            String base = "size-" + RenderedChart.safeName(st.param().text());
            int n = seen.merge(base, 1, Integer::sum);
            out.add(n == 1 ? base : base + "-" + n);
        }
        return out;
    }

    /** The names the outputs will have, known before anything runs. */
    public static List<String> names(List<SizeStudy> studies) {
        List<String> names = new ArrayList<>(List.of(JSON));
        for (String c : chartNames(studies)) {
            SweepOutputs.addChart(names, c);
        }
        return names;
    }

    /** The section of one sizing. */
    public static StudySection section(Sizing z, String chartName) {
        SizeResult r = z.result();
        SizeStudy st = r.study();
        Scenario s = r.base();
        ParameterPath p = st.param();
        MetricKey key = r.metric();
        String label = StudyText.label(key);
        String target = label + " " + (st.op() == SizeStudy.Comparison.AT_MOST ? "≤" : "≥") + " "
                + StudyText.target(key, st.target());
        String which = r.search() == SizeResult.Search.SMALLEST ? "Smallest" : "Largest";
        Doc d = new Doc();
        switch (r.outcome()) {
            case CROSSING -> d.para(which + " " + p.text() + " with " + target + ": ",
                    new Doc.Strong(StudyText.param(s, p, r.value().getAsDouble())),
                    ", where " + label + " is " + StudyText.metricWithInterval(r.atValue().get().metrics().get(key)) + ".");
            case WHOLE_RANGE -> d.para("The target " + target + " is met across the whole range from "
                    + StudyText.param(s, p, st.lo()) + " to " + StudyText.param(s, p, st.hi()) + ", so the "
                    + which.toLowerCase(Locale.ROOT) + " value lies at or beyond its end: ",
                    new Doc.Strong(StudyText.param(s, p, r.value().getAsDouble())),
                    " (" + label + " " + StudyText.metricWithInterval(r.atValue().get().metrics().get(key))
                            + "). Widen the range to find the boundary.");
            case NOWHERE -> {
                SizePoint c = r.closest().orElse(null);
                d.para(new Doc.Strong("Not met"), ": " + target + " is met nowhere between "
                        + StudyText.param(s, p, st.lo()) + " and " + StudyText.param(s, p, st.hi()) + "."
                        + (c == null ? "" : " The closest is at " + StudyText.param(s, p, c.value()) + ", where "
                        + label + " is " + StudyText.metricWithInterval(c.metrics().get(key)) + ".")
                        + " Widen the range, or reconsider the target.");
            }
        }
        switch (r.conservative()) {
            case FOUND -> d.para("Conservative value, where the " + (st.op() == SizeStudy.Comparison.AT_MOST
                            ? "upper" : "lower") + " end of the 95 % interval meets the target: ",
                    new Doc.Strong(StudyText.param(s, p, r.conservativeValue().getAsDouble())),
                    " (" + label + " " + StudyText.metricWithInterval(r.atConservative().get().metrics().get(key))
                            + "). Choosing it leaves only about a 2.5 % chance that the true figure misses the target"
                            + " because of Monte Carlo error.");
            case OUT_OF_RANGE -> d.para("Conservative value: none in the range. The "
                    + (st.op() == SizeStudy.Comparison.AT_MOST ? "upper" : "lower")
                    + " end of the 95 % interval does not meet the target anywhere between the value and the range's end;"
                    + " run more paths or widen the range.");
            case NO_INTERVAL -> d.para("Conservative value: none, because " + st.metric()
                    + " is a percentile or ratio without a Monte Carlo interval.");
            case NO_VALUE -> { }
        }
        List<String> notes = new ArrayList<>();
        notes.add("Method: " + r.evaluated().size() + " values simulated, each with the same "
                + FigureFormat.count(r.paths()) + " paths and seed " + s.seed() + " (common random numbers): a grid of "
                + r.gridPoints() + " values across the range, then bisection of the first crossing to a tolerance of "
                + StudyText.param(s, p, r.tolerance()) + ".");
        if (!r.monotoneOnGrid()) {
            notes.add("The metric does not move one way only across the grid; the answer is the first crossing seen"
                    + " from the " + (r.search() == SizeResult.Search.SMALLEST ? "lower" : "upper")
                    + " end. Look at the chart.");
        }
        if (z.rounds() != null) {
            notes.add(precisionNote(z.rounds(), s, p));
        }
        d.bullets(notes);
        List<RenderedChart> charts = List.of(chart(r, chartName));
        return new StudySection("Size: " + which.toLowerCase(Locale.ROOT) + " " + p.text() + " for " + target,
                d.markdown(), d.html(), charts);
    }

    static String precisionNote(PrecisionOutcome<SizeResult> o, Scenario s, ParameterPath p) {
        StringBuilder sb = new StringBuilder("Precision ").append(o.goal().metric().key()).append(" ± ")
                .append(StudyText.metric(o.goal().metric(), o.goal().halfWidth())).append(": ");
        for (int i = 0; i < o.rounds().size(); i++) {
            var round = o.rounds().get(i);
            sb.append(i == 0 ? "" : "; ").append(FigureFormat.count(round.paths())).append(" paths gave ")
                    .append(round.result().value().isPresent()
                            ? StudyText.param(s, p, round.result().value().getAsDouble()) : "no value")
                    .append(" (± ").append(StudyText.metric(o.goal().metric(), round.halfWidth())).append(')');
        }
        sb.append(o.resolved() ? ". Resolved." : ". Stopped at the path budget of " + FigureFormat.count(o.goal().maxPaths())
                + " paths before reaching the precision asked for.");
        return sb.toString();
    }

    /** The metric at every simulated value, its band, the target, and the value and conservative value. */
    static RenderedChart chart(SizeResult r, String name) {
        SizeStudy st = r.study();
        Scenario s = r.base();
        ParameterPath p = st.param();
        MetricKey key = r.metric();
        String label = StudyText.label(key);
        StudyText.Axis xa = StudyText.paramAxis(s, p);
        StudyText.Axis ya = StudyText.metricAxis(key);
        String op = st.op() == SizeStudy.Comparison.AT_MOST ? "≤" : "≥";
        XYChart c = Charts.xy("Sizing " + p.text() + " for " + label + " " + op + " " + StudyText.target(key, st.target()),
                StudyCharts.axisTitle(p.text(), StudyText.unitTitle(s, p)),
                StudyCharts.axisTitle(label, StudyText.metricUnit(key)));
        StudyCharts.axes(c, xa, ya);
        List<double[]> pts = new ArrayList<>();
        for (SizePoint pt : r.evaluated()) {
            MetricValue m = pt.metrics().get(key);
            if (m.isDefined()) {
                double v = m.value().getAsDouble();
                Optional<Estimate> e = m.estimate();
                pts.add(new double[] {xa.apply(pt.value()), ya.apply(v), ya.apply(e.map(Estimate::lo).orElse(v)),
                        ya.apply(e.map(Estimate::hi).orElse(v))});
            }
        }
        if (pts.isEmpty()) {
            StudyCharts.placeholder(c, xa.apply(st.lo()), xa.apply(st.hi()), label + " is not defined at any simulated value");
            return StudyCharts.render(name, label + " is not defined at any simulated value.", c);
        }
        double target = ya.apply(st.target());
        double yMin = Math.min(target, pts.stream().mapToDouble(q -> q[2]).min().orElseThrow());
        double yMax = Math.max(target, pts.stream().mapToDouble(q -> q[3]).max().orElseThrow());
        // A metric that spans orders of magnitude (58 % at no stake, 1 % at the answer) would squash the
        // crossing into the bottom of the plot: show up to four times the target, and let the curve
        // enter from above (XChart clips the series to the plot).
        boolean zoomed = target > 0 && yMin >= 0 && yMax > 6 * target;
        if (zoomed) {
            yMax = 4 * target;
        }
        double pad = Math.max(yMax - yMin, Math.abs(yMax) * 1e-3 + 1e-12) * 0.05;
        double bottom = yMin >= 0 && yMin - pad < 0 ? 0 : yMin - pad;
        double top = yMax + pad;
        c.getStyler().setYAxisMin(bottom);
        c.getStyler().setYAxisMax(top);
        c.getStyler().setXAxisMin(xa.apply(st.lo()));
        c.getStyler().setXAxisMax(xa.apply(st.hi()));
        double[] x = StudyCharts.column(pts, 0);
        if (key.hasInterval()) {
            Charts.intervalBand(c, "95 % interval", x, StudyCharts.column(pts, 2), StudyCharts.column(pts, 3), ChartTheme.BLUE)
                    .setShowInLegend(false);
        }
        // The band has no legend entry of its own: XChart's horizontal legend lays a filled entry out
        // too narrow, and the next entry is drawn over its text. The curve's entry names it instead.
        Charts.points(c, key.hasInterval() ? label + " (band: 95 % interval)" : label, x, StudyCharts.column(pts, 1),
                ChartTheme.BLUE);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        Charts.reference(c, "target " + op + " " + StudyText.target(key, st.target()),
                new double[] {xa.apply(st.lo()), xa.apply(st.hi())}, new double[] {target, target}, ChartTheme.VERMILLION);
        String alt = label + " at " + r.evaluated().size() + " simulated values of " + p.text()
                + (zoomed ? " (the axis stops at four times the target)" : "") + ", with the target";
        if (r.value().isPresent()) {
            double v = r.value().getAsDouble();
            Charts.reference(c, "value " + StudyText.param(s, p, v), new double[] {xa.apply(v), xa.apply(v)},
                    new double[] {bottom, top}, ChartTheme.GREEN);
            alt += ", the value found (" + StudyText.param(s, p, v) + ")";
        }
        if (r.conservativeValue().isPresent() && r.conservativeValue().getAsDouble() != r.value().getAsDouble()) {
            double v = r.conservativeValue().getAsDouble();
            Charts.reference(c, "conservative " + StudyText.param(s, p, v), new double[] {xa.apply(v), xa.apply(v)},
                    new double[] {bottom, top}, ChartTheme.ORANGE);
            alt += " and the conservative value (" + StudyText.param(s, p, v) + ")";
        }
        return StudyCharts.render(name, alt + " marked.", c);
    }

    /** The files: {@code size.json} and every chart. */
    public static List<OutputFile> files(List<Sizing> sizings, List<StudySection> sections) {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text(JSON, json(sizings)));
        for (StudySection sec : sections) {
            for (RenderedChart c : sec.charts()) {
                files.addAll(c.files());
            }
        }
        return files;
    }
}
