package dev.backstop.report;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.Metrics;
import dev.backstop.core.result.SimulationResult;
import dev.backstop.core.result.SurvivalCurve;

/**
 * Writes {@code metrics.json} (SPEC §4), the document {@code --json FILE} also receives:
 * <pre>{@code
 * {
 *   "scenario": "...", "version": "...", "paths": N, "seed": S, "horizon_days": H, "step_days": D,
 *   "metrics": { KEY: {"value": v, "ci95": [lo, hi]} | v | null, ... every key of SPEC §1.4 },
 *   "survival": [[day, share], ...]
 * }
 * }</pre>
 * pretty-printed with two-space indents, one metric and one survival pair per line, and a final
 * line break. The text depends only on the result and the version: no clock time, no map order,
 * numbers formatted by {@link Json#number}, so that two runs can be compared byte for byte
 * (SPEC §5). Stateless and thread-safe.
 */
public final class MetricsJson {
    private MetricsJson() {}

    /** The document for a run, with the version of this build. */
    public static String of(SimulationResult result) {
        return of(result, Version.get());
    }

    /** The document for a run, with the given version string. */
    public static String of(SimulationResult result, String version) {
        Scenario s = result.scenario();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\n");
        field(sb, "scenario", Json.string(s.name()));
        field(sb, "version", Json.string(version));
        field(sb, "paths", Long.toString(s.paths()));
        field(sb, "seed", Long.toString(s.seed()));
        field(sb, "horizon_days", Json.number(s.horizonDays()));
        field(sb, "step_days", Json.number(s.stepDays()));
        sb.append("  \"metrics\": {\n");
        var rows = MetricsTable.of(result).rows();
        for (int i = 0; i < rows.size(); i++) {
            MetricsTable.Row r = rows.get(i);
            sb.append("    ").append(Json.string(r.key().key())).append(": ").append(metric(r));
            sb.append(i + 1 < rows.size() ? ",\n" : "\n");
        }
        sb.append("  },\n");
        sb.append("  \"survival\": ");
        survival(sb, result.survival());
        sb.append("\n}\n");
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, String json) {
        sb.append("  ").append(Json.string(name)).append(": ").append(json).append(",\n");
    }

    /**
     * Every metric of SPEC §1.4 in order, on one line, each as in {@code metrics.json}: the form the
     * study documents ({@code sweep.json}) use for each point.
     */
    public static String inline(Metrics metrics) {
        StringBuilder sb = new StringBuilder("{");
        var rows = MetricsTable.of(metrics).rows();
        for (int i = 0; i < rows.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(Json.string(rows.get(i).key().key())).append(": ").append(metric(rows.get(i)));
        }
        return sb.append('}').toString();
    }

    /** An interval metric as an object, a plain one as a number; undefined ones as null. */
    static String metric(MetricsTable.Row r) {
        if (!r.isDefined()) {
            return "null";
        }
        if (!r.hasInterval()) {
            return Json.number(r.value());
        }
        return "{\"value\": " + Json.number(r.value()) + ", \"ci95\": [" + Json.number(r.lo()) + ", "
                + Json.number(r.hi()) + "]}";
    }

    private static void survival(StringBuilder sb, SurvivalCurve curve) {
        if (curve == null || curve.size() == 0) {
            sb.append("[]");
            return;
        }
        sb.append("[\n");
        for (int i = 0; i < curve.size(); i++) {
            sb.append("    [").append(Json.number(curve.day(i))).append(", ").append(Json.number(curve.share(i))).append(']');
            sb.append(i + 1 < curve.size() ? ",\n" : "\n");
        }
        sb.append("  ]");
    }
}
