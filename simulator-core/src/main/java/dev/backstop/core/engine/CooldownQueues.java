package dev.backstop.core.engine;

import java.util.Arrays;

/**
 * The cooldown queues (SPEC §1.1 {@code Q}) of a group of paths simulated in lockstep, one per lane:
 * stake that asked to leave, bucketed by the step in whose cooldown phase it leaves. Entries are
 * slashed pro rata with the active stake.
 *
 * <p>Stake queued in step {@code k} leaves at most {@code span} steps later, so the pending buckets
 * of a lane always lie in {@code [k, k + span]}: they live in a ring of {@code span + 1} rows, with
 * stake that would leave after the horizon in a bucket of its own. A lane touches only its buckets
 * between the oldest and newest pending step, in step order, so a slash costs the cooldown length,
 * not the horizon, and the totals are the same bits as one queue per path would give. Mutable,
 * reused across groups; not thread-safe.
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
    /** [lane]: oldest and newest pending step; {@code last < first} when the queue is empty. */
    private final int[] first;
    private final int[] last;

    CooldownQueues(StepGrid grid, int lanes) {
        this.steps = grid.steps();
        int span = 0;
        for (int k = 0; k < steps; k++) {
            span = Math.max(span, spanOf(grid.releaseOfPanic(k), k));
            span = Math.max(span, spanOf(grid.releaseOfElastic(k), k));
        }
        this.rowOf = new int[steps + 1];
        for (int i = 0; i < steps; i++) {
            rowOf[i] = i % (span + 1);
        }
        rowOf[steps] = -1;
        this.ring = new double[span + 1][lanes];
        this.never = new double[lanes];
        this.total = new double[lanes];
        this.first = new int[lanes];
        this.last = new int[lanes];
        Arrays.fill(last, -1);
    }

    private int spanOf(int release, int k) {
        return release < steps ? release - k : 0;
    }

    /** Empties the queues of lanes {@code [0, lanes)}. */
    void reset(int lanes) {
        for (double[] row : ring) {
            Arrays.fill(row, 0, lanes, 0.0);
        }
        Arrays.fill(never, 0, lanes, 0.0);
        Arrays.fill(total, 0, lanes, 0.0);
        Arrays.fill(first, 0, lanes, 0);
        Arrays.fill(last, 0, lanes, -1);
    }

    double total(int lane) {
        return total[lane];
    }

    void add(int lane, int releaseStep, double amount) {
        if (amount <= 0) {
            return;
        }
        if (last[lane] < first[lane]) {
            first[lane] = releaseStep;
            last[lane] = releaseStep;
        } else {
            first[lane] = Math.min(first[lane], releaseStep);
            last[lane] = Math.max(last[lane], releaseStep);
        }
        int row = rowOf[releaseStep];
        if (row < 0) {
            never[lane] += amount;
        } else {
            ring[row][lane] += amount;
        }
        total[lane] += amount;
    }

    /** Multiplies every entry of a lane by {@code keep} (a slash of {@code 1 − keep}). */
    void scale(int lane, double keep) {
        if (last[lane] < first[lane]) {
            return;
        }
        double sum = 0;
        for (int i = first[lane]; i <= last[lane]; i++) {
            int row = rowOf[i];
            double b;
            if (row < 0) {
                b = never[lane] *= keep;
            } else {
                b = ring[row][lane] *= keep;
            }
            sum += b;
        }
        total[lane] = sum;
    }

    /** Removes from lanes {@code [0, lanes)} what leaves in step {@code k}. */
    void release(int k, int lanes) {
        double[] bucket = ring[rowOf[k]];
        for (int p = 0; p < lanes; p++) {
            if (last[p] < first[p] || k < first[p]) {
                continue;
            }
            double out = bucket[p];
            bucket[p] = 0;
            if (k == last[p] && k == first[p]) {
                // nothing pending any more: reset exactly rather than carry rounding
                empty(p);
                continue;
            }
            if (k == first[p]) {
                first[p] = k + 1;
            }
            total[p] = Math.max(0, total[p] - out);
            if (first[p] > last[p]) {
                empty(p);
            }
        }
    }

    private void empty(int p) {
        total[p] = 0;
        first[p] = 0;
        last[p] = -1;
    }
}
