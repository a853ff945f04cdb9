package dev.backstop.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;

/**
 * Runs rounds of increasing path counts until a metric's interval is narrow enough or the budget is
 * spent. Each round is an ordinary, complete computation at its path count, independent of the
 * rounds before it: so the last round is bit-identical to running that path count directly (the
 * engine's tail capacities depend on the total path count, so merging the earlier rounds' blocks
 * would not be). The earlier rounds cost at most about as much again as the last one.
 *
 * <p>Next count: a 95 % half-width shrinks like {@code 1/sqrt(paths)}, so the count that should
 * reach the goal is {@code n · (h/goal)^2}; the next round asks 10 % more than that, at least twice
 * and at most sixteen times the current count, rounded up to two significant digits (so that the
 * count is easy to retype), and never past the budget. Stateless.
 */
public final class PrecisionRounds {
    /** Margin over the predicted count, so that the prediction's own noise rarely costs a round. */
    static final double MARGIN = 1.1;
    static final double MIN_GROWTH = 2;
    static final double MAX_GROWTH = 16;

    private PrecisionRounds() {}

    /**
     * Runs rounds from {@code startPaths}.
     *
     * @param runAt     the computation at a path count
     * @param halfWidth the half-width of the goal's metric in a result (NaN when it has none)
     */
    public static <R> PrecisionOutcome<R> run(long startPaths, PrecisionGoal goal, LongFunction<R> runAt,
                                              ToDoubleFunction<R> halfWidth) {
        if (startPaths < 1) {
            throw new IllegalArgumentException("rounds need at least one path, got " + startPaths);
        }
        List<PrecisionOutcome.Round<R>> rounds = new ArrayList<>();
        long n = startPaths;
        while (true) {
            R r = runAt.apply(n);
            double h = halfWidth.applyAsDouble(r);
            rounds.add(new PrecisionOutcome.Round<>(n, r, h));
            if (h <= goal.halfWidth()) {
                return new PrecisionOutcome<>(goal, rounds, PrecisionOutcome.Stop.RESOLVED);
            }
            if (n >= goal.maxPaths()) {
                return new PrecisionOutcome<>(goal, rounds, PrecisionOutcome.Stop.BUDGET);
            }
            n = nextPaths(n, h, goal.halfWidth(), goal.maxPaths());
        }
    }

    /** The next round's path count after {@code n} paths gave half-width {@code h} (see the class comment). */
    public static long nextPaths(long n, double h, double goal, long max) {
        double growth = Double.isFinite(h) && h > 0 ? MARGIN * (h / goal) * (h / goal) : MIN_GROWTH;
        growth = Math.max(MIN_GROWTH, Math.min(MAX_GROWTH, growth));
        long next = roundUpTwoDigits((long) Math.ceil(n * growth));
        return Math.max(n + 1, Math.min(next, max));
    }

    /** {@code v} rounded up to two significant digits: 43,211 becomes 44,000. */
    static long roundUpTwoDigits(long v) {
        if (v < 100) {
            return v;
        }
        long scale = 1;
        while (v / scale >= 100) {
            scale *= 10;
        }
        return ((v + scale - 1) / scale) * scale;
    }
}
