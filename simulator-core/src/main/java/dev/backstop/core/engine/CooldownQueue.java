package dev.backstop.core.engine;

/**
 * Stake that asked to leave (SPEC §1.1 {@code Q}), bucketed by the step in which it leaves. Entries
 * are slashed pro rata with the active stake; a bucket leaves in its step's cooldown phase.
 * Only buckets between the oldest and newest pending step are touched, so a slash costs the
 * cooldown length in steps, not the horizon. Mutable, reused across paths; not thread-safe.
 */
final class CooldownQueue {
    private final double[] bucket;
    private double total;
    private int first;
    private int last = -1;

    CooldownQueue(int steps) {
        // index `steps` collects stake that would leave after the horizon
        this.bucket = new double[steps + 1];
    }

    void reset() {
        if (last >= first) {
            java.util.Arrays.fill(bucket, first, last + 1, 0.0);
        }
        total = 0;
        first = 0;
        last = -1;
    }

    double total() {
        return total;
    }

    void add(int releaseStep, double amount) {
        if (amount <= 0) {
            return;
        }
        if (last < first) {
            first = releaseStep;
            last = releaseStep;
        } else {
            first = Math.min(first, releaseStep);
            last = Math.max(last, releaseStep);
        }
        bucket[releaseStep] += amount;
        total += amount;
    }

    /** Multiplies every entry by {@code keep} (a slash of {@code 1 − keep}). */
    void scale(double keep) {
        if (last < first) {
            return;
        }
        double sum = 0;
        for (int i = first; i <= last; i++) {
            bucket[i] *= keep;
            sum += bucket[i];
        }
        total = sum;
    }

    /** Removes and returns what leaves in step {@code k}. */
    double release(int k) {
        if (last < first || k < first) {
            return 0;
        }
        double out = bucket[k];
        bucket[k] = 0;
        if (k == last) {
            // nothing pending any more: reset exactly rather than carry rounding
            if (k == first) {
                total = 0;
                first = 0;
                last = -1;
                return out;
            }
        }
        if (k == first) {
            first = k + 1;
        }
        total = Math.max(0, total - out);
        if (first > last) {
            total = 0;
            first = 0;
            last = -1;
        }
        return out;
    }
}
