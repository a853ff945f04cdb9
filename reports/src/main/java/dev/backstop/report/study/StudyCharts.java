package dev.backstop.report.study;

import dev.backstop.report.chart.Charts;
import dev.backstop.report.chart.RenderedChart;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * What the study charts add to the shared chart steps ({@link Charts}): tick labels in a parameter's
 * or metric's unit, axis titles with units, an empty plot with a message, and the encoding with
 * the chart's text alternative as its caption. Stateless and thread-safe.
 */
final class StudyCharts {
    private StudyCharts() {}

    /** Tick labels with a magnitude suffix on the axes that want one; XChart's own formatter elsewhere. */
    static void axes(XYChart c, StudyText.Axis x, StudyText.Axis y) {
        if (x.compact()) {
            c.getStyler().setxAxisTickLabelsFormattingFunction(StudyText::compact);
        }
        if (y.compact()) {
            c.getStyler().setyAxisTickLabelsFormattingFunction(StudyText::compact);
        }
    }

    /** {@code what (unit)}, or {@code what} alone without a unit. */
    static String axisTitle(String what, String unit) {
        return unit.isEmpty() ? what : what + " (" + unit + ")";
    }

    /** Column {@code i} of rows of numbers. */
    static double[] column(List<double[]> rows, int i) {
        return rows.stream().mapToDouble(q -> q[i]).toArray();
    }

    /** An empty plot over {@code [from, to]} with a message in its middle. */
    static void placeholder(XYChart c, double from, double to, String message) {
        double a = from == to ? from - 1 : from;
        double b = from == to ? to + 1 : to;
        Charts.empty(c, a, b, 1, message);
    }

    /** Encodes a finished chart; {@code alt} says what it shows in one sentence, and is its caption. */
    static RenderedChart render(String name, String alt, XYChart c) {
        return Charts.render(name, c, alt, Optional.empty());
    }
}
