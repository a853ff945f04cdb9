package dev.backstop.core.engine;

import java.util.Arrays;

/**
 * The cooldown queues (SPEC §1.1 {@code Q}) of a group of paths simulated in lockstep, one per lane:
 * stake that asked to leave, bucketed by the step in whose cooldown phase it leaves. Entries are
 * slashed pro rata with the active stake.
 *
 * <p>Stake is queued in step {@code k} for step {@code k} or later, at most {@code span} steps
 * later, and every step releases its own bucket, so in step {@code k} the pending buckets lie in
 * {@code [k, k + span]}: they live in a ring of {@code span + 1} rows, with stake that would leave
 * after the horizon in a bucket of its own. Per lane the queue keeps its total and the newest
 * pending step: when that step's bucket leaves, nothing is pending any more and the total is reset
 * to exactly 0 rather than carry rounding. Empty buckets hold exactly +0 and totals are never −0,
 * so adding an empty bucket or a zero amount changes no bit. Mutable, reused across groups; not
 * thread-safe.
 */
final class CooldownQueues {
    private final int steps;
    /** Ring row of each step's bucket; {@code -1} for index {@code steps}, which never leaves. */
    private final int[] rowOf;
    /** [ring row][lane]. */
    private final double[][] ring;
    /** [lane]: stake that leaves after the horizon. */
    private final double[] never;
    private final double[] total;
    /** [lane]: the newest step with stake pending, {@code -1} when the queue is empty. */
    private final int[] last;

    CooldownQueues(StepGrid grid, int lanes) {
        this.steps = grid.steps();
        int span = span(grid);
        this.rowOf = new int[steps + 1];
        for (int i = 0; i < steps; i++) {
            rowOf[i] = i % (span + 1);
        }
        rowOf[steps] = -1;
        this.ring = new double[span + 1][lanes];
        this.never = new double[lanes];
        this.total = new double[lanes];
        this.last = new int[lanes];
        Arrays.fill(last, -1);
    }

    /** The most steps between queuing stake and its release (before the horizon) on this grid. */
    static int span(StepGrid grid) {
        int span = 0;
        for (int k = 0; k < grid.steps(); k++) {
            span = Math.max(span, spanOf(grid.releaseOfPanic(k), k, grid.steps()));
            span = Math.max(span, spanOf(grid.releaseOfElastic(k), k, grid.steps()));
        }
        return span;
    }

    private static int spanOf(int release, int k, int steps) {
        if (release < k) {
            throw new IllegalStateException("stake queued in step " + k + " cannot leave in step " + release);
        }
        return release < steps ? release - k : 0;
    }

    /** Empties the queues of lanes {@code [0, lanes)}. */
    void reset(int lanes) {
        for (double[] row : ring) {
            Arrays.fill(row, 0, lanes, 0.0);
        }
        Arrays.fill(never, 0, lanes, 0.0);
        Arrays.fill(total, 0, lanes, 0.0);
        Arrays.fill(last, 0, lanes, -1);
    }

    double total(int lane) {
        return total[lane];
    }

    /** Every lane's total, for loops over lanes to read (not to change). */
    double[] totals() {
        return total;
    }

    /** Queues {@code amount} (nothing if it is not positive) on one lane, to leave in step {@code releaseStep}. */
    void add(int lane, int releaseStep, double amount) {
        if (amount <= 0) {
            return;
        }
        last[lane] = Math.max(last[lane], releaseStep);
        bucket(releaseStep)[lane] += amount;
        total[lane] += amount;
    }

    /**
     * Queues {@code amounts[p]} (nothing where it is not positive) on each lane {@code p}: the same
     * bits as {@link #add} lane by lane. Written without branches on the amounts, because whether a
     * lane adds anything changes at random from step to step and a mispredicted branch costs more
     * than the whole update: HotSpot turns a choice between two doubles into a branch on x86, so
     * the double is chosen with {@code Math.max} (a branch-free instruction) and the int with
     * arithmetic. The doubles and the ints are updated in separate passes: the first, doubles only,
     * is vectorised.
     */
    void addAll(int releaseStep, double[] amounts, int lanes) {
        double[] bucket = bucket(releaseStep);
        for (int p = 0; p < lanes; p++) { // doubles only: vectorised
            double amount = Math.max(amounts[p], 0);
            bucket[p] += amount;
            total[p] += amount;
        }
        for (int p = 0; p < lanes; p++) {
            // 1 if amounts[p] > 0 (a positive double's bits are a positive long), else 0
            int adds = (int) (-Double.doubleToRawLongBits(amounts[p]) >>> 63);
            last[p] = Math.max(last[p], adds * (releaseStep + 1) - 1);
        }
    }

    /** Multiplies every entry of a lane by {@code keep} (a slash of {@code 1 − keep}) in step {@code k}. */
    void scale(int lane, int k, double keep) {
        // the pending buckets in step order, from this step to the newest (empty ones add +0), then
        // the one past the horizon
        double sum = 0;
        int newest = Math.min(last[lane], steps - 1);
        for (int i = k; i <= newest; i++) {
            sum += ring[rowOf[i]][lane] *= keep;
        }
        sum += never[lane] *= keep;
        total[lane] = sum;
    }

    /**
     * Removes from lanes {@code [0, lanes)} what leaves in step {@code k}: a vectorised pass over the
     * totals, then the rare lanes whose newest pending step this was.
     */
    void release(int k, int lanes) {
        double[] bucket = ring[rowOf[k]];
        for (int p = 0; p < lanes; p++) { // doubles only: vectorised
            double out = bucket[p];
            bucket[p] = 0;
            total[p] = Math.max(0, total[p] - out);
        }
        for (int p = 0; p < lanes; p++) {
            if (last[p] == k) { // rare: nothing is pending any more; reset exactly rather than carry rounding
                total[p] = 0;
                last[p] = -1;
            }
        }
    }

    private double[] bucket(int step) {
        int row = rowOf[step];
        return row < 0 ? never : ring[row];
    }
}
