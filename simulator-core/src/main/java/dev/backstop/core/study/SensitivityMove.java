package dev.backstop.core.study;

import dev.backstop.core.result.MetricValue;
import java.util.Optional;

/**
 * One setting moved one way in a sensitivity study. Immutable and thread-safe.
 *
 * @param requested the value asked for (base · (1 ± by))
 * @param value     the value run: the requested one, or the nearest valid one when it was clamped
 * @param status    whether it ran as asked, clamped, or not at all
 * @param reason    why it was clamped or skipped (the model's message); empty when moved as asked
 * @param metric    the metric there, empty when skipped
 * @param change    the metric there minus the metric of the base scenario; NaN when skipped or undefined
 */
public record SensitivityMove(double requested, double value, Status status, String reason,
                              Optional<MetricValue> metric, double change) {

    /** How the move went. */
    public enum Status {
        /** Run at the requested value. */
        MOVED,
        /** The requested value is invalid; run at the nearest valid value in the same direction. */
        CLAMPED,
        /** Not run: no valid value in that direction, or nothing to move. */
        SKIPPED
    }

    static SensitivityMove skipped(double requested, String reason) {
        return new SensitivityMove(requested, Double.NaN, Status.SKIPPED, reason, Optional.empty(), Double.NaN);
    }

    public boolean ran() {
        return status != Status.SKIPPED;
    }
}
