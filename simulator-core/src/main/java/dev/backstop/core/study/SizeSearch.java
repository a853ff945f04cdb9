package dev.backstop.core.study;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.MetricKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The sizing solver (SPEC §3 {@code backstop size}): the smallest value of a parameter at which a
 * metric meets a target, or the largest when the metric moves away from the target as the
 * parameter grows.
 *
 * <p>Method. Every value runs with the base scenario's paths and seed (common random numbers), so
 * the metric is a deterministic step function of the parameter. The solver first simulates an even
 * grid over the range ({@link SizeOptions#gridPoints()}, concurrently); the ends give the direction
 * (which end meets the target), the grid gives the first crossing as seen from the end that does
 * not meet it, and bisection narrows that bracket until it is no wider than the tolerance. The value
 * reported is the bracket's end that meets the target, so the metric at the value always meets it.
 *
 * <p>The conservative value is found the same way with the interval's bound in place of the point
 * value (the upper bound for {@code <=}, the lower one for {@code >=}), searching only from the value
 * towards the safe end of the range: it is therefore never on the unsafe side of the value.
 *
 * <p>Stateless; one call runs its points on the given runner.
 */
public final class SizeSearch {
    private SizeSearch() {}

    /**
     * Solves one size study on the base scenario.
     *
     * @param parallelism grid points simulated at once (the result does not depend on it)
     * @throws IllegalArgumentException if the metric is unknown or an end of the range is not a valid
     *                                  value of the parameter
     */
    public static SizeResult size(Scenario base, SizeStudy study, PointRunner runner, SizeOptions options,
                                  int parallelism) {
        MetricKey key = MetricKey.byKey(study.metric()).orElseThrow(
                () -> new IllegalArgumentException("unknown metric '" + study.metric() + "'"));
        ParameterPath p = study.param();
        double lo = study.lo();
        double hi = study.hi();
        p.apply(base, lo);
        p.apply(base, hi);
        double tol = options.toleranceFor(lo, hi);
        TreeMap<Double, SizePoint> seen = new TreeMap<>();

        int n = options.gridPoints();
        List<Double> gridValues = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            gridValues.add(i == n - 1 ? hi : lo + (hi - lo) * i / (n - 1));
        }
        List<SizePoint> grid = ParallelPoints.map(gridValues, v -> point(base, p, v, runner), parallelism);
        grid.forEach(g -> seen.put(g.value(), g));

        Predicate<SizePoint> met = pt -> meets(pt.metric(key), study);
        SizePoint first = grid.get(0);
        SizePoint last = grid.get(n - 1);
        boolean metLo = met.test(first);
        boolean metHi = met.test(last);
        SizeResult.Search search = search(metLo, metHi, first.metric(key), last.metric(key), study.op());
        boolean monotone = monotone(grid, key);

        SizeResult.Outcome outcome;
        Optional<SizePoint> atValue;
        Optional<SizePoint> closest = Optional.empty();
        if (metLo && metHi) {
            outcome = SizeResult.Outcome.WHOLE_RANGE;
            atValue = Optional.of(search == SizeResult.Search.SMALLEST ? first : last);
        } else if (!metLo && !metHi) {
            outcome = SizeResult.Outcome.NOWHERE;
            atValue = Optional.empty();
            closest = grid.stream().filter(g -> g.metric(key).isPresent())
                    .min((a, b) -> Double.compare(Math.abs(a.metric(key).getAsDouble() - study.target()),
                            Math.abs(b.metric(key).getAsDouble() - study.target())));
        } else {
            outcome = SizeResult.Outcome.CROSSING;
            // The first grid value meeting the target as seen from the searched end, and its neighbour
            // on that side (which does not meet it).
            int k;
            double notMet;
            if (search == SizeResult.Search.SMALLEST) {
                k = 0;
                while (!met.test(grid.get(k))) {
                    k++;
                }
                notMet = grid.get(k - 1).value();
            } else {
                k = n - 1;
                while (!met.test(grid.get(k))) {
                    k--;
                }
                notMet = grid.get(k + 1).value();
            }
            atValue = Optional.of(bisect(notMet, grid.get(k), tol, met, base, p, runner, seen));
        }

        SizeResult.Conservative conservative;
        Optional<SizePoint> atConservative = Optional.empty();
        if (atValue.isEmpty()) {
            conservative = SizeResult.Conservative.NO_VALUE;
        } else if (!key.hasInterval()) {
            conservative = SizeResult.Conservative.NO_INTERVAL;
        } else {
            Predicate<SizePoint> bound = pt -> meets(bound(pt.estimate(key), study), study);
            atConservative = conservative(atValue.get(), search, grid, tol, bound, base, p, runner, seen);
            conservative = atConservative.isPresent() ? SizeResult.Conservative.FOUND
                    : SizeResult.Conservative.OUT_OF_RANGE;
        }
        return new SizeResult(study, base, tol, n, search, outcome, atValue, conservative, atConservative, closest,
                monotone, new ArrayList<>(seen.values()));
    }

    /**
     * Solves the study in rounds of increasing paths (see {@link PrecisionRounds}) until the goal's
     * metric at the value found (at the closest value when the target is met nowhere) has an interval
     * no wider than the goal, or the budget is reached. Each round is a complete search at its path
     * count, so the last round equals a plain search at that count.
     */
    public static PrecisionOutcome<SizeResult> sizeUntil(Scenario base, SizeStudy study, PointRunner runner,
                                                         SizeOptions options, int parallelism, PrecisionGoal goal) {
        return PrecisionRounds.run(base.paths(), goal,
                n -> size(base.withPaths(n), study, runner, options, parallelism),
                r -> halfWidth(r, goal.metric()));
    }

    /** The half-width of {@code key}'s interval at the answer of {@code r}; NaN where there is none. */
    public static double halfWidth(SizeResult r, MetricKey key) {
        Optional<SizePoint> at = r.atValue().or(r::closest);
        return at.flatMap(p -> p.estimate(key)).map(Estimate::halfWidth).orElse(Double.NaN);
    }

    /** Whether a metric value meets the target; an undefined metric never does. */
    static boolean meets(OptionalDouble v, SizeStudy study) {
        return v.isPresent() && !Double.isNaN(v.getAsDouble()) && study.op().holds(v.getAsDouble(), study.target());
    }

    /** The interval's bound on the unsafe side: the upper one for {@code <=}, the lower one for {@code >=}. */
    private static OptionalDouble bound(Optional<Estimate> e, SizeStudy study) {
        if (e.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(study.op() == SizeStudy.Comparison.AT_MOST ? e.get().hi() : e.get().lo());
    }

    private static SizeResult.Search search(boolean metLo, boolean metHi, OptionalDouble fLo, OptionalDouble fHi,
                                            SizeStudy.Comparison op) {
        if (metHi && !metLo) {
            return SizeResult.Search.SMALLEST;
        }
        if (metLo && !metHi) {
            return SizeResult.Search.LARGEST;
        }
        // Both ends or neither: the direction in which the metric moves towards the target.
        if (fLo.isEmpty() || fHi.isEmpty()) {
            return SizeResult.Search.SMALLEST;
        }
        boolean improvesUpwards = op == SizeStudy.Comparison.AT_MOST
                ? fHi.getAsDouble() <= fLo.getAsDouble()
                : fHi.getAsDouble() >= fLo.getAsDouble();
        return improvesUpwards ? SizeResult.Search.SMALLEST : SizeResult.Search.LARGEST;
    }

    private static boolean monotone(List<SizePoint> grid, MetricKey key) {
        boolean up = false;
        boolean down = false;
        for (int i = 1; i < grid.size(); i++) {
            OptionalDouble a = grid.get(i - 1).metric(key);
            OptionalDouble b = grid.get(i).metric(key);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            up |= b.getAsDouble() > a.getAsDouble();
            down |= b.getAsDouble() < a.getAsDouble();
        }
        return !(up && down);
    }

    /**
     * Narrows {@code [notMet, met]} (either order) until it is at most {@code tol} wide; returns the
     * end that meets the predicate.
     */
    private static SizePoint bisect(double notMet, SizePoint met, double tol, Predicate<SizePoint> test,
                                    Scenario base, ParameterPath p, PointRunner runner,
                                    TreeMap<Double, SizePoint> seen) {
        double a = notMet;
        SizePoint b = met;
        while (Math.abs(b.value() - a) > tol) {
            double mid = a + (b.value() - a) / 2;
            if (mid == a || mid == b.value()) {
                break; // no double between them: as fine as the numbers go
            }
            SizePoint m = seen.computeIfAbsent(mid, v -> point(base, p, v, runner));
            if (test.test(m)) {
                b = m;
            } else {
                a = mid;
            }
        }
        return b;
    }

    /**
     * The first value from {@code value} towards the safe end where {@code bound} holds: the value
     * itself, else a bisection between the last grid value that fails and the first that holds.
     */
    private static Optional<SizePoint> conservative(SizePoint value, SizeResult.Search search, List<SizePoint> grid,
                                                    double tol, Predicate<SizePoint> bound, Scenario base,
                                                    ParameterPath p, PointRunner runner,
                                                    TreeMap<Double, SizePoint> seen) {
        if (bound.test(value)) {
            return Optional.of(value);
        }
        List<SizePoint> beyond = new ArrayList<>();
        for (SizePoint g : grid) {
            if (search == SizeResult.Search.SMALLEST ? g.value() > value.value() : g.value() < value.value()) {
                beyond.add(g);
            }
        }
        if (search == SizeResult.Search.LARGEST) {
            java.util.Collections.reverse(beyond);
        }
        double failing = value.value();
        for (SizePoint g : beyond) {
            if (bound.test(g)) {
                return Optional.of(bisect(failing, g, tol, bound, base, p, runner, seen));
            }
            failing = g.value();
        }
        return Optional.empty();
    }

    private static SizePoint point(Scenario base, ParameterPath p, double v, PointRunner runner) {
        return new SizePoint(v, runner.run(p.apply(base, v)).metrics());
    }
}
