package dev.backstop.core.study;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.result.SimulationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sensitivity (SPEC §3 {@code backstop sensitivity}): every numeric setting of the scenario
 * ({@link ParameterPath#all}) moved down and up by a share of its value, one at a time, with the
 * base's paths and seed (common random numbers, so that a change is the setting's effect and not
 * sampling noise between runs); the change in one metric, sorted by size.
 *
 * <p>Settings that cannot move: one whose value is zero (a relative move leaves it at zero) or unset
 * is skipped; a move whose value the model rejects (a share above 100 %, say) is clamped to the
 * furthest valid value in that direction, found by bisection on the model's own checks, and skipped
 * when there is no room at all. Each move records what happened and why. Stateless.
 */
public final class SensitivityStudy {
    /** Default share by which each setting moves: 20 %. */
    public static final double DEFAULT_BY = 0.2;

    private SensitivityStudy() {}

    /**
     * Runs the base scenario and both moves of every setting, at most {@code parallelism} at once.
     *
     * @param by the share, in (0, 1]
     */
    public static SensitivityResult run(Scenario base, MetricKey metric, double by, PointRunner runner,
                                        int parallelism) {
        if (!(by > 0 && by <= 1)) {
            throw new IllegalArgumentException("the sensitivity move must be above 0 % and at most 100 %, got " + by);
        }
        List<ParameterPath> params = ParameterPath.all(base);
        // Plan every move first, then run the base and all moves together.
        List<Scenario> toRun = new ArrayList<>();
        toRun.add(base);
        List<Plan> plans = new ArrayList<>();
        for (ParameterPath p : params) {
            double v = p.get(base);
            Plan down = plan(base, p, v, v * (1 - by), toRun);
            Plan up = plan(base, p, v, v * (1 + by), toRun);
            plans.add(down);
            plans.add(up);
        }
        List<SimulationResult> results = ParallelPoints.map(toRun, runner::run, parallelism);
        MetricValue baseMetric = results.get(0).metrics().get(metric);

        List<SensitivityRow> rows = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            ParameterPath p = params.get(i);
            rows.add(new SensitivityRow(p, p.get(base), move(plans.get(2 * i), results, metric, baseMetric),
                    move(plans.get(2 * i + 1), results, metric, baseMetric)));
        }
        // Stable: equal swings keep the order of ParameterPath.all; NaN swings go last.
        rows.sort(Comparator.comparingDouble((SensitivityRow r) -> Double.isNaN(r.swing()) ? 1 : 0)
                .thenComparing(Comparator.comparingDouble((SensitivityRow r) ->
                        Double.isNaN(r.swing()) ? 0 : r.swing()).reversed()));
        return new SensitivityResult(base, metric, by, baseMetric, rows);
    }

    /** A planned move: the value to run and its index in the list of runs, or why it is skipped. */
    private record Plan(double requested, double value, SensitivityMove.Status status, String reason, int run) {}

    private static Plan plan(Scenario base, ParameterPath p, double v, double requested, List<Scenario> toRun) {
        if (Double.isNaN(v)) {
            return new Plan(requested, Double.NaN, SensitivityMove.Status.SKIPPED, "not set in the scenario", -1);
        }
        if (v == 0) {
            return new Plan(requested, Double.NaN, SensitivityMove.Status.SKIPPED,
                    "zero: a relative move leaves it at zero", -1);
        }
        String problem = problem(base, p, requested);
        if (problem == null) {
            toRun.add(p.apply(base, requested));
            return new Plan(requested, requested, SensitivityMove.Status.MOVED, "", toRun.size() - 1);
        }
        // The valid values around v form an interval (every check is a bound): bisect for its edge.
        double ok = v;
        double bad = requested;
        for (int i = 0; i < 200 && ok != bad; i++) {
            double mid = ok + (bad - ok) / 2;
            if (mid == ok || mid == bad) {
                break;
            }
            if (problem(base, p, mid) == null) {
                ok = mid;
            } else {
                bad = mid;
            }
        }
        if (ok == v) {
            return new Plan(requested, Double.NaN, SensitivityMove.Status.SKIPPED,
                    "no valid value in this direction: " + problem, -1);
        }
        toRun.add(p.apply(base, ok));
        return new Plan(requested, ok, SensitivityMove.Status.CLAMPED, problem, toRun.size() - 1);
    }

    /** The model's message for an invalid value, or null when the value is valid. */
    private static String problem(Scenario base, ParameterPath p, double value) {
        try {
            p.apply(base, value);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage() == null ? "invalid value" : e.getMessage();
        }
    }

    private static SensitivityMove move(Plan plan, List<SimulationResult> results, MetricKey metric,
                                        MetricValue baseMetric) {
        if (plan.status() == SensitivityMove.Status.SKIPPED) {
            return SensitivityMove.skipped(plan.requested(), plan.reason());
        }
        MetricValue m = results.get(plan.run()).metrics().get(metric);
        double change = m.isDefined() && baseMetric.isDefined()
                ? m.value().getAsDouble() - baseMetric.value().getAsDouble() : Double.NaN;
        return new SensitivityMove(plan.requested(), plan.value(), plan.status(), plan.reason(), Optional.of(m), change);
    }
}
