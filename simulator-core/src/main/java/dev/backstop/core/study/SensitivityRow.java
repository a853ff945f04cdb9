package dev.backstop.core.study;

import dev.backstop.core.model.ParameterPath;

/**
 * One numeric setting in a sensitivity study: its base value and the two moves. Immutable and
 * thread-safe.
 *
 * @param param the setting
 * @param base  its value in the base scenario (stored unit)
 * @param down  the setting moved down by the study's share
 * @param up    the setting moved up by the study's share
 */
public record SensitivityRow(ParameterPath param, double base, SensitivityMove down, SensitivityMove up) {
    /** The larger absolute change of the two moves, NaN when neither changed a defined metric. */
    public double swing() {
        double d = Math.abs(down.change());
        double u = Math.abs(up.change());
        if (Double.isNaN(d)) {
            return u;
        }
        if (Double.isNaN(u)) {
            return d;
        }
        return Math.max(d, u);
    }
}
