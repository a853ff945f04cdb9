package dev.backstop.core.study;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Sweep;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a sweep (SPEC §3 {@code backstop sweep}): the base scenario with the parameter set to each
 * value of the sweep, every point with the base's seed and paths, so that the points share their
 * random numbers and the curves are smooth (and monotone where the model is). Stateless.
 */
public final class SweepStudy {
    private SweepStudy() {}

    /**
     * Runs every point, at most {@code parallelism} at once; the result does not depend on it.
     *
     * @throws IllegalArgumentException if a value is not valid for the parameter (the model's checks)
     */
    public static SweepResult run(Scenario base, Sweep sweep, PointRunner runner, int parallelism) {
        List<Double> values = new ArrayList<>(sweep.steps());
        List<Scenario> scenarios = new ArrayList<>(sweep.steps());
        for (int i = 0; i < sweep.steps(); i++) {
            double v = sweep.value(i);
            values.add(v);
            // Built (and validated) before anything runs, so a bad value fails at once.
            scenarios.add(sweep.param().apply(base, v));
        }
        var results = ParallelPoints.map(scenarios, runner::run, parallelism);
        List<SweepPoint> points = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            points.add(new SweepPoint(values.get(i), results.get(i)));
        }
        return new SweepResult(sweep, base, points);
    }
}
