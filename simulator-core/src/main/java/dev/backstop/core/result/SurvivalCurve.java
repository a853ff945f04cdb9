package dev.backstop.core.result;

import java.util.Arrays;

/**
 * Share of paths with no event (slash, or shortfall) by the end of each step, starting with
 * {@code [0, 1]} (SPEC §1.4 {@code survival}). The counts are exact integers, so the curve does not
 * depend on how paths were split between threads. Immutable and thread-safe.
 */
public final class SurvivalCurve {
    private final double[] days;
    private final long[] survivors;
    private final long paths;

    /**
     * @param days      day at the end of each step, {@code days[0] = 0}
     * @param survivors paths with no event by {@code days[i]}; {@code survivors[0] = paths}
     */
    public SurvivalCurve(double[] days, long[] survivors, long paths) {
        if (days.length != survivors.length) {
            throw new IllegalArgumentException("days and survivors differ in length");
        }
        this.days = days.clone();
        this.survivors = survivors.clone();
        this.paths = paths;
    }

    public int size() {
        return days.length;
    }

    public double day(int i) {
        return days[i];
    }

    /** Share of paths with no event by {@code day(i)}. */
    public double share(int i) {
        return paths == 0 ? 1 : (double) survivors[i] / paths;
    }

    public long survivors(int i) {
        return survivors[i];
    }

    public long paths() {
        return paths;
    }

    /** Wilson 95 % interval of {@code 1 − share(i)}, the probability of an event by {@code day(i)}. */
    public Estimate eventProbability(int i) {
        return Intervals.wilson(paths - survivors[i], paths);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurvivalCurve s && s.paths == paths && Arrays.equals(s.days, days)
                && Arrays.equals(s.survivors, survivors);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(survivors);
    }
}
