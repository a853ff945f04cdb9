package dev.backstop.report.study;

import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.result.Metrics;
import dev.backstop.report.Json;

/** JSON pieces shared by the study documents, in the forms of {@code metrics.json}. Stateless. */
final class StudyJson {
    private StudyJson() {}

    /** A metric: {@code {"value": v, "ci95": [lo, hi]}} with an interval, a number without, or null. */
    static String metric(MetricValue m) {
        if (!m.isDefined()) {
            return "null";
        }
        double v = m.value().getAsDouble();
        if (m.estimate().isEmpty() || !m.key().hasInterval()) {
            return Json.number(v);
        }
        Estimate e = m.estimate().get();
        return "{\"value\": " + Json.number(v) + ", \"ci95\": [" + Json.number(e.lo()) + ", " + Json.number(e.hi()) + "]}";
    }

    /** Every metric of SPEC §1.4 in order, on one line. */
    static String metrics(Metrics metrics) {
        StringBuilder sb = new StringBuilder("{");
        MetricKey[] keys = MetricKey.values();
        for (int i = 0; i < keys.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Json.string(keys[i].key())).append(": ").append(metric(metrics.get(keys[i])));
        }
        return sb.append('}').toString();
    }

    /** A number, or null when undefined. */
    static String number(double v) {
        return Json.number(v);
    }
}
