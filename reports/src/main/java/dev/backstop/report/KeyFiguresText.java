package dev.backstop.report;

import java.util.List;

/**
 * The short block of key figures printed after a run, one per line with its interval:
 * <pre>
 *   P(slash)                 12.31 %  [11.90 – 12.72 %]
 * </pre>
 * Stateless and thread-safe.
 */
public final class KeyFiguresText {
    private KeyFiguresText() {}

    /** The lines for the given figures, each ending in a line break. */
    public static String of(MetricsTable table, List<KeyFigure> figures) {
        int labelWidth = figures.stream().mapToInt(f -> f.shortLabel().length()).max().orElse(0);
        int valueWidth = figures.stream().mapToInt(f -> f.value(table.row(f.key())).length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (KeyFigure f : figures) {
            MetricsTable.Row r = table.row(f.key());
            String value = f.value(r);
            String interval = f.interval(r);
            sb.append("  ").append(pad(f.shortLabel(), labelWidth)).append("  ")
                    .append(" ".repeat(valueWidth - value.length())).append(value);
            if (!interval.isEmpty()) {
                sb.append("  [").append(interval).append(']');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
