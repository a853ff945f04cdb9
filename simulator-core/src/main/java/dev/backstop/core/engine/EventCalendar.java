package dev.backstop.core.engine;

import java.util.Arrays;

/**
 * For one stream of Poisson events (an asset's crashes, a loss source's events) of a group of paths
 * simulated in lockstep: which lanes have their next event in which step. A step takes its lanes
 * and touches no other, so the cost of rare events is proportional to the events, not to the
 * paths times the steps. A lane whose next event falls after the horizon is not kept. Mutable,
 * reused across groups; not thread-safe.
 */
final class EventCalendar {
    /** Time in years at the end of each step. */
    private final double[] stepEnd;
    /** Length of the first step in years (every step but the last has it). */
    private final double firstLength;
    /** [step]: the first lane due in that step, or -1; [lane]: the next lane due in the same step. */
    private final int[] first;
    private final int[] next;

    EventCalendar(StepGrid grid, int lanes) {
        int steps = grid.steps();
        this.stepEnd = new double[steps];
        for (int k = 0; k < steps; k++) {
            stepEnd[k] = grid.endYear(k + 1);
        }
        this.firstLength = stepEnd[0];
        this.first = new int[steps];
        this.next = new int[lanes];
        clear();
    }

    void clear() {
        Arrays.fill(first, -1);
    }

    /**
     * The step in which an event at {@code time} (years) happens: the first step {@code k} with
     * {@code time <= end of step k}, the rule of SPEC §1.2; {@code steps} if after the horizon.
     */
    int stepOf(double time) {
        // lower bound, written out: Arrays.binarySearch may return any of equal ends, and NaN must
        // fall after the horizon as it does under "time <= end". Steps are of equal length but the
        // last, so time / step length guesses the answer within one; the search checks it.
        int lo = 0;
        int hi = stepEnd.length;
        if (time >= 0 && time < stepEnd[hi - 1]) {
            int guess = (int) (time / firstLength);
            lo = Math.max(0, Math.min(hi - 1, guess) - 1);
            hi = Math.min(hi, guess + 2);
            if (lo > 0 && time <= stepEnd[lo - 1] || hi < stepEnd.length && time > stepEnd[hi - 1]) {
                lo = 0; // the guess missed (it cannot for a grid of equal steps): search everything
                hi = stepEnd.length;
            }
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time <= stepEnd[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Files {@code lane} under the step of its next event at {@code time}. */
    void schedule(int lane, double time) {
        int k = stepOf(time);
        if (k < first.length) {
            next[lane] = first[k];
            first[k] = lane;
        }
    }

    /** Removes the lanes due in step {@code k}, writes them to {@code out} and returns how many. */
    int take(int k, int[] out) {
        int n = 0;
        for (int lane = first[k]; lane >= 0; lane = next[lane]) {
            out[n++] = lane;
        }
        first[k] = -1;
        return n;
    }
}
