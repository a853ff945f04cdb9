package dev.backstop.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Tick labels people read at a glance: {@code $500k}, {@code $2.5M}, {@code $10B} instead of
 * XChart's {@code 2.5E6}; percentages without trailing zeros. Stateless and thread-safe.
 */
public final class AxisLabels {
    private AxisLabels() {}

    /** A USD amount with a magnitude suffix and two significant digits: {@code $2.5M}, {@code $16M}. */
    public static String usd(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        String sign = v < 0 ? "−" : "";
        double a = Math.abs(v);
        String[] suffix = {"", "k", "M", "B", "T"};
        int level = 0;
        while (level < suffix.length - 1 && a >= Math.pow(1000, level + 1) * 0.9995) {
            level++;
        }
        double scaled = a / Math.pow(1000, level);
        // Two significant digits are plenty for a tick label: $1.6M, $25M, $250M.
        String digits = trim(scaled, scaled >= 10 ? 0 : 1);
        return digits.equals("0") ? "$0" : sign + "$" + digits + suffix[level];
    }

    /** A number of percent (already multiplied by 100) with up to two decimals: {@code 12.5 %}. */
    public static String percent(double points) {
        if (!Double.isFinite(points)) {
            return "";
        }
        String s = trim(points, Math.abs(points) >= 10 ? 1 : Math.abs(points) >= 0.1 || points == 0 ? 2 : 4);
        return (s.startsWith("-") ? "−" + s.substring(1) : s) + " %";
    }

    /** {@code v} rounded to {@code decimals}, without trailing zeros. */
    static String trim(double v, int decimals) {
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
