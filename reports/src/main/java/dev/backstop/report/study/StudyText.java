package dev.backstop.report.study;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.ParameterUnit;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.report.FigureFormat;
import dev.backstop.report.FigureStyle;
import dev.backstop.report.KeyFigure;
import dev.backstop.report.KeyFigures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers of the studies for people: parameter values with three significant digits in their unit
 * ({@code 8.67M AAVE}, {@code $1.20M}, {@code 36 %}, {@code 24 days}), metric labels and values as
 * in the run's summary, and tick labels. Machine outputs (CSV, JSON) keep full precision.
 * Locale-independent. Stateless and thread-safe.
 */
public final class StudyText {
    private StudyText() {}

    /** A parameter's value in its unit, three significant digits. */
    public static String param(Scenario s, ParameterPath p, double v) {
        if (!Double.isFinite(v)) {
            return FigureFormat.NONE;
        }
        ParameterUnit u = p.unit(s);
        return switch (u) {
            case USD -> (v < 0 ? "-$" : "$") + compact(Math.abs(v)) + perYear(p);
            case ASSET -> compact(v) + " " + p.unitLabel(s) + perYear(p);
            case FRACTION -> significant(v * 100) + " %";
            case FRACTION_PER_YEAR -> significant(v * 100) + " %/yr";
            case PER_YEAR -> significant(v) + "/yr";
            case DAYS -> significant(v) + (v == 1 ? " day" : " days");
            case NUMBER -> significant(v);
        };
    }

    /** Emission rates are amounts per year, though stored in the amount's unit. */
    private static String perYear(ParameterPath p) {
        return p.text().endsWith(".emissions") ? "/yr" : "";
    }

    /** The unit shown after an axis title: {@code AAVE}, {@code USD}, {@code %}, {@code /yr}, or empty. */
    public static String unitTitle(Scenario s, ParameterPath p) {
        return switch (p.unit(s)) {
            case USD -> "USD" + perYear(p);
            case ASSET -> p.unitLabel(s) + perYear(p);
            case FRACTION -> "%";
            case FRACTION_PER_YEAR -> "%/yr";
            case PER_YEAR -> "per year";
            case DAYS -> "days";
            case NUMBER -> "";
        };
    }

    /** An axis tick of a parameter in its unit, without the unit: {@code 2.5M}, {@code 36}, {@code 0.5}. */
    public static String paramTick(Scenario s, ParameterPath p, double v) {
        return switch (p.unit(s)) {
            case USD, ASSET -> compact(v);
            case FRACTION, FRACTION_PER_YEAR -> significant(v * 100);
            default -> significant(v);
        };
    }

    /**
     * How a parameter is drawn on an axis: shares in percent (×100), amounts with a magnitude suffix,
     * anything else as XChart writes numbers (with as many decimals as its tick spacing needs).
     */
    static Axis paramAxis(Scenario s, ParameterPath p) {
        return switch (p.unit(s)) {
            case USD, ASSET -> new Axis(1, true);
            case FRACTION, FRACTION_PER_YEAR -> new Axis(100, false);
            default -> new Axis(1, false);
        };
    }

    /** How a metric is drawn on an axis (see {@link #paramAxis}). */
    static Axis metricAxis(MetricKey key) {
        return switch (figure(key).style()) {
            case PERCENT -> new Axis(100, false);
            case USD -> new Axis(1, true);
            default -> new Axis(1, false);
        };
    }

    /**
     * An axis's scale (data are multiplied by it before drawing) and whether its ticks are written
     * with a magnitude suffix ({@code 2.5M}) rather than by XChart's own formatter.
     */
    record Axis(double scale, boolean compact) {
        double[] apply(double[] v) {
            double[] out = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i] * scale;
            }
            return out;
        }

        double apply(double v) {
            return v * scale;
        }
    }

    /** The key figure (label and style) of a metric. */
    public static KeyFigure figure(MetricKey key) {
        return KeyFigures.ALL.stream().filter(f -> f.key() == key).findFirst().orElseThrow();
    }

    /** A metric's short label, {@code P(shortfall)}. */
    public static String label(MetricKey key) {
        return figure(key).shortLabel();
    }

    /** A metric's value in its style: {@code 0.520 %}, {@code $1.82M}; n/a when undefined. */
    public static String metric(MetricKey key, double v) {
        return FigureFormat.format(figure(key).style(), v);
    }

    /** A target or bound of a metric as written by a person: {@code 0.5 %}, {@code $10M}, {@code 1.2}. */
    public static String target(MetricKey key, double v) {
        return switch (figure(key).style()) {
            case PERCENT -> significant(v * 100) + " %";
            case USD -> "$" + compact(v);
            case DAY -> significant(v) + " days";
            case NUMBER -> significant(v);
        };
    }

    /** A metric's value and interval: {@code 0.520 % [0.480 – 0.570 %]}. */
    public static String metricWithInterval(MetricValue m) {
        KeyFigure f = figure(m.key());
        double v = m.value().orElse(Double.NaN);
        String s = FigureFormat.format(f.style(), v);
        if (m.estimate().isPresent() && Double.isFinite(v)) {
            String iv = FigureFormat.interval(f.style(), v, m.estimate().get().lo(), m.estimate().get().hi());
            if (!iv.isEmpty()) {
                s += " [" + iv + "]";
            }
        }
        return s;
    }

    /** A change of a metric: percentage points for shares, {@code +$1.2M} for amounts, signed. */
    public static String change(MetricKey key, double d) {
        if (!Double.isFinite(d)) {
            return FigureFormat.NONE;
        }
        if (d == 0) {
            return "0";
        }
        String sign = d > 0 ? "+" : "−";
        double a = Math.abs(d);
        return switch (figure(key).style()) {
            case PERCENT -> sign + significant(a * 100) + " pp";
            case USD -> sign + FigureFormat.usd(a);
            case DAY -> sign + significant(a) + " days";
            case NUMBER -> sign + significant(a);
        };
    }

    /** The unit of a metric's axis: {@code %}, {@code USD}, {@code days}, or empty. */
    public static String metricUnit(MetricKey key) {
        return switch (figure(key).style()) {
            case PERCENT -> "%";
            case USD -> "USD";
            case DAY -> "days";
            case NUMBER -> "";
        };
    }

    /** An axis tick of a metric, without the unit: percentages as numbers of percent. */
    public static String metricTick(MetricKey key, double v) {
        return switch (figure(key).style()) {
            case PERCENT -> significant(v * 100);
            case USD -> compact(v);
            default -> significant(v);
        };
    }

    /** A number with a magnitude suffix and at most three significant digits: {@code 2.5M}, {@code 500k}, {@code 12}. */
    public static String compact(double v) {
        if (!Double.isFinite(v)) {
            return FigureFormat.NONE;
        }
        double a = Math.abs(v);
        String[] suffix = {"", "k", "M", "B", "T"};
        int level = 0;
        while (level < 4 && a >= Math.pow(1000, level + 1) * 0.9995) {
            level++;
        }
        return significant(v / Math.pow(1000, level)) + suffix[level];
    }

    /** Three significant digits, trailing zeros dropped, no exponent: {@code 0.0125}, {@code 36}, {@code 1230}. */
    public static String significant(double v) {
        if (!Double.isFinite(v)) {
            return FigureFormat.NONE;
        }
        if (v == 0 || Math.abs(v) < 1e-12) {
            return "0";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String s = b.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** The style of a metric, for callers that choose their own layout. */
    static FigureStyle style(MetricKey key) {
        return figure(key).style();
    }
}
