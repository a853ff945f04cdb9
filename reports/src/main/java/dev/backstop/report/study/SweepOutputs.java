package dev.backstop.report.study;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Sweep;
import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.study.SweepPoint;
import dev.backstop.core.study.SweepResult;
import dev.backstop.report.Json;
import dev.backstop.report.MetricsJson;
import dev.backstop.report.OutputFile;
import dev.backstop.report.chart.RenderedChart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of {@code backstop sweep} (SPEC §4): {@code sweep.csv} with every point of every
 * sweep, {@code sweep.json} (what {@code --json} also receives), the curves of four metrics with
 * their interval bands, the risk–yield frontier for a sweep of the backstop's stake, and a section
 * per sweep. Stateless and thread-safe.
 */
public final class SweepOutputs {
    public static final String CSV = "sweep.csv";
    public static final String JSON = "sweep.json";

    /** The metrics drawn against the parameter (SPEC issue 5). */
    public static final List<MetricKey> CHARTED = List.of(MetricKey.P_SLASH, MetricKey.P_SHORTFALL,
            MetricKey.STAKER_APR_MEAN, MetricKey.STAKER_SHARPE);

    /** The parameter whose sweep also draws the risk–yield frontier. */
    public static final ParameterPath STAKE = ParameterPath.of("backstop.stake");

    private SweepOutputs() {}

    /**
     * {@code sweep.csv}: columns {@code param,value}, then for each metric of SPEC §1.4 in order its
     * value and, for probabilities and means, {@code _lo} and {@code _hi}; one row per point, sweeps in
     * order. Values in the parameter's stored unit; numbers as {@link Json#number} writes them; an
     * undefined figure is an empty cell.
     */
    public static String csv(List<SweepResult> sweeps) {
        StringBuilder sb = new StringBuilder();
        sb.append("param,value");
        for (MetricKey k : MetricKey.values()) {
            sb.append(',').append(k.key());
            if (k.hasInterval()) {
                sb.append(',').append(k.key()).append("_lo,").append(k.key()).append("_hi");
            }
        }
        sb.append('\n');
        for (SweepResult r : sweeps) {
            for (SweepPoint p : r.points()) {
                sb.append(r.sweep().param().text()).append(',').append(Json.number(p.value()));
                for (MetricKey k : MetricKey.values()) {
                    MetricValue m = p.metrics().get(k);
                    sb.append(',').append(cell(m.value().orElse(Double.NaN)));
                    if (k.hasInterval()) {
                        Estimate e = m.estimate().orElse(null);
                        boolean defined = m.isDefined() && e != null;
                        sb.append(',').append(defined ? cell(e.lo()) : "").append(',').append(defined ? cell(e.hi()) : "");
                    }
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? Json.number(v) : "";
    }

    /**
     * {@code sweep.json}: {@code {"scenario", "version", "paths", "seed", "sweeps": [{"param", "unit",
     * "from", "to", "steps", "log", "points": [{"value", "metrics": {...}}]}]}}, metrics as in
     * {@code metrics.json}.
     */
    public static String json(Scenario base, List<SweepResult> sweeps, String version) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  \"scenario\": ").append(Json.string(base.name())).append(",\n");
        sb.append("  \"version\": ").append(Json.string(version)).append(",\n");
        sb.append("  \"paths\": ").append(base.paths()).append(",\n");
        sb.append("  \"seed\": ").append(base.seed()).append(",\n");
        sb.append("  \"sweeps\": [");
        for (int i = 0; i < sweeps.size(); i++) {
            SweepResult r = sweeps.get(i);
            Sweep w = r.sweep();
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("    {\"param\": ").append(Json.string(w.param().text()))
                    .append(", \"unit\": ").append(Json.string(w.param().unitLabel(base)))
                    .append(", \"from\": ").append(Json.number(w.from()))
                    .append(", \"to\": ").append(Json.number(w.to()))
                    .append(", \"steps\": ").append(w.steps())
                    .append(", \"log\": ").append(w.log())
                    .append(", \"points\": [");
            for (int j = 0; j < r.points().size(); j++) {
                SweepPoint p = r.points().get(j);
                sb.append(j == 0 ? "\n" : ",\n");
                sb.append("      {\"value\": ").append(Json.number(p.value())).append(", \"metrics\": ")
                        .append(MetricsJson.inline(p.metrics())).append('}');
            }
            sb.append("\n    ]}");
        }
        sb.append(sweeps.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return sb.toString();
    }

    /** Base names for each sweep's charts: {@code sweep-PARAM}, with {@code -2}, {@code -3} for repeats. */
    static List<String> prefixes(List<SweepResult> sweeps) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (SweepResult r : sweeps) {
            String base = "sweep-" + RenderedChart.safeName(r.sweep().param().text());
            int n = seen.merge(base, 1, Integer::sum);
            out.add(n == 1 ? base : base + "-" + n);
        }
        return out;
    }

    /** One section per sweep, with its charts (and the frontier for a stake sweep). */
    public static List<StudySection> sections(List<SweepResult> sweeps) {
        List<String> prefixes = prefixes(sweeps);
        List<StudySection> out = new ArrayList<>();
        for (int i = 0; i < sweeps.size(); i++) {
            out.add(section(sweeps.get(i), prefixes.get(i)));
        }
        return out;
    }

    private static StudySection section(SweepResult r, String prefix) {
        Scenario s = r.base();
        Sweep w = r.sweep();
        ParameterPath p = w.param();
        List<RenderedChart> charts = new ArrayList<>();
        for (MetricKey k : CHARTED) {
            charts.add(SweepCharts.curve(r, k, prefix + "-" + k.key()));
        }
        boolean frontier = p.equals(STAKE);
        if (frontier) {
            charts.add(0, SweepCharts.frontier(r, "frontier-" + prefix.substring("sweep-".length())));
        }
        Doc d = new Doc();
        d.para(w.steps() + " values of " + p.text() + " from " + StudyText.param(s, p, w.from()) + " to "
                + StudyText.param(s, p, w.to()) + (w.log() ? ", evenly spaced on a log scale" : "")
                + "; every value simulated with the same " + String.format(java.util.Locale.ROOT, "%,d", s.paths())
                + " paths and seed " + s.seed() + " (common random numbers), so the differences between"
                + " values are the parameter's effect, not sampling noise. Intervals are 95 %.");
        if (frontier) {
            d.para("The risk–yield frontier plots what stakers earn against the chance of a shortfall, one point per"
                    + " stake: what each step of safety costs in yield.");
        }
        List<String> header = new ArrayList<>(List.of(p.text()));
        for (MetricKey k : CHARTED) {
            header.add(StudyText.label(k));
        }
        boolean[] right = new boolean[header.size()];
        java.util.Arrays.fill(right, true);
        right[0] = false;
        List<List<String>> rows = new ArrayList<>();
        for (SweepPoint pt : r.points()) {
            List<String> row = new ArrayList<>();
            row.add(StudyText.param(s, p, pt.value()));
            for (MetricKey k : CHARTED) {
                row.add(StudyText.metricWithInterval(pt.metrics().get(k)));
            }
            rows.add(row);
        }
        Doc table = new Doc().table(header, right, rows);
        return new StudySection("Sweep of " + p.text(), d.markdown(), d.html(), charts, table.markdown(), table.html());
    }

    /** The files of the sweeps: CSV, JSON, and every chart as PNG and SVG. */
    public static List<OutputFile> files(Scenario base, List<SweepResult> sweeps, List<StudySection> sections,
                                         String version) {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text(CSV, csv(sweeps)));
        files.add(OutputFile.text(JSON, json(base, sweeps, version)));
        for (StudySection sec : sections) {
            for (RenderedChart c : sec.charts()) {
                files.addAll(c.files());
            }
        }
        return files;
    }

    /** The names {@link #files} will write, known before anything runs. */
    public static List<String> names(List<Sweep> sweeps) {
        List<String> names = new ArrayList<>(List.of(CSV, JSON));
        Map<String, Integer> seen = new HashMap<>();
        for (Sweep w : sweeps) {
            String base = "sweep-" + RenderedChart.safeName(w.param().text());
            int n = seen.merge(base, 1, Integer::sum);
            String prefix = n == 1 ? base : base + "-" + n;
            if (w.param().equals(STAKE)) {
                addChart(names, "frontier-" + prefix.substring("sweep-".length()));
            }
            for (MetricKey k : CHARTED) {
                addChart(names, prefix + "-" + k.key());
            }
        }
        return names;
    }

    static void addChart(List<String> names, String base) {
        names.add(RenderedChart.pngName(base));
        names.add(RenderedChart.svgName(base));
    }
}
