package dev.backstop.core.study;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Sweep;
import java.util.List;

/**
 * A finished sweep: the statement, the base scenario (with the paths and seed every point used),
 * and one point per value, in the sweep's order. Immutable and thread-safe.
 */
public record SweepResult(Sweep sweep, Scenario base, List<SweepPoint> points) {
    public SweepResult {
        points = List.copyOf(points);
    }
}
