package dev.backstop.report;

import dev.backstop.core.result.MetricKey;

/**
 * A metric as people read it: a short label for the terminal ({@code P(slash)}), a sentence for a
 * governance post ({@code Chance the backstop is slashed at least once}), and how to write it.
 * Immutable and thread-safe.
 */
public record KeyFigure(MetricKey key, String shortLabel, String plainLabel, FigureStyle style) {

    /** The value in this figure's style, {@link FigureFormat#NONE} if undefined. */
    public String value(MetricsTable.Row row) {
        return FigureFormat.format(style, row.value());
    }

    /** The 95 % interval in this figure's style, empty if there is none. */
    public String interval(MetricsTable.Row row) {
        return row.isDefined() ? FigureFormat.interval(style, row.value(), row.lo(), row.hi()) : "";
    }
}
