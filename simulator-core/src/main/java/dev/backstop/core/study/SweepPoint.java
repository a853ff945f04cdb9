package dev.backstop.core.study;

import dev.backstop.core.result.Metrics;
import dev.backstop.core.result.SimulationResult;

/**
 * One point of a sweep: the parameter's value (stored unit) and the run there. Immutable and
 * thread-safe.
 */
public record SweepPoint(double value, SimulationResult result) {
    public Metrics metrics() {
        return result.metrics();
    }
}
