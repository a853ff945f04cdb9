package dev.backstop.core.engine;

import dev.backstop.core.model.Scenario;

/**
 * The time grid of SPEC §1: {@code N = ceil(horizon / step)} steps of {@code step} days, the last
 * one shorter when {@code step} does not divide the horizon, so every path ends at the horizon.
 * Also precomputes, for stake queued in each step, the step in whose cooldown phase it leaves
 * (SPEC §1.2 step 6). Immutable and thread-safe.
 */
public final class StepGrid {
    private final int steps;
    private final double horizonDays;
    private final double[] dtYears;
    private final double[] endDay;
    private final double[] endYear;
    private final int[] releaseOfPanic;
    private final int[] releaseOfElastic;

    public StepGrid(Scenario s) {
        this.horizonDays = s.horizonDays();
        this.steps = s.steps();
        this.dtYears = new double[steps];
        this.endDay = new double[steps + 1];
        for (int k = 0; k < steps; k++) {
            double end = k == steps - 1 ? horizonDays : Math.min(horizonDays, (k + 1) * s.stepDays());
            endDay[k + 1] = end;
            dtYears[k] = (end - endDay[k]) / 365.0;
        }
        double cooldown = s.backstop().cooldownDays();
        this.endYear = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            endYear[i] = endDay[i] / 365.0;
        }
        this.releaseOfPanic = new int[steps];
        this.releaseOfElastic = new int[steps];
        int j = 0;
        for (int k = 0; k < steps; k++) {
            // first step j >= k whose end is at least `cooldown` days after the end of step k;
            // a small tolerance keeps 20 daily steps equal to a 20-day cooldown despite rounding
            double due = endDay[k + 1] + cooldown - 1e-9;
            j = Math.max(j, k);
            while (j < steps && endDay[j + 1] < due) {
                j++;
            }
            releaseOfPanic[k] = j;
            // elastic exits are queued after step k's cooldown phase: at the earliest, step k + 1
            releaseOfElastic[k] = Math.max(j, k + 1);
        }
    }

    public int steps() {
        return steps;
    }

    public double horizonDays() {
        return horizonDays;
    }

    /** Length of step {@code k} in years. */
    public double dt(int k) {
        return dtYears[k];
    }

    /** Day at the end of step {@code k - 1}; {@code endDay(0) = 0}, {@code endDay(steps) = horizon}. */
    public double endDay(int i) {
        return endDay[i];
    }

    /** Time in years at the end of step {@code i - 1} ({@code endYear(0) = 0}). */
    public double endYear(int i) {
        return endYear[i];
    }

    /** Day at the end of every step, starting with 0 (length steps + 1). */
    public double[] endDays() {
        return endDay.clone();
    }

    /** Step in whose cooldown phase stake queued by panic in step k leaves ({@code steps} = never). */
    public int releaseOfPanic(int k) {
        return releaseOfPanic[k];
    }

    /** Step in whose cooldown phase stake queued by elastic exit in step k leaves ({@code steps} = never). */
    public int releaseOfElastic(int k) {
        return releaseOfElastic[k];
    }
}
