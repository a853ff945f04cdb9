package dev.backstop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers for people: percentages, USD amounts with {@code k}/{@code M}/{@code B}, days, and
 * 95 % intervals written {@code 11.90 – 12.72 %}. Used by the terminal summary and
 * {@code summary.md}; the machine outputs (JSON, CSV) keep full precision. Locale-independent.
 * Stateless and thread-safe.
 */
public final class FigureFormat {
    /** Written for a value that does not exist. */
    public static final String NONE = "n/a";

    private FigureFormat() {}

    /** A value in the given style, or {@link #NONE} when it is not finite. */
    public static String format(FigureStyle style, double v) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        return switch (style) {
            case PERCENT -> percent(v);
            case USD -> usd(v);
            case NUMBER -> number(v);
            case DAY -> "day " + trim(round(v, 1));
        };
    }

    /**
     * The interval {@code [lo, hi]} of a value in the given style, without brackets:
     * {@code 11.90 – 12.72 %}, {@code $1.10M – $1.36M}; empty when either bound is not finite.
     * Percent bounds use as many decimals as the value itself, so that the three line up.
     */
    public static String interval(FigureStyle style, double value, double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return "";
        }
        return switch (style) {
            case PERCENT -> {
                int d = percentDecimals(Double.isFinite(value) ? value : hi);
                yield fixed(lo * 100, d) + " – " + fixed(hi * 100, d) + " %";
            }
            case USD -> usd(lo) + " – " + usd(hi);
            case NUMBER -> number(lo) + " – " + number(hi);
            case DAY -> trim(round(lo, 1)) + " – " + trim(round(hi, 1));
        };
    }

    /**
     * A share as a percentage with a space before the sign ({@code 12.31 %}): two decimals from
     * 1 % up, three significant digits below ({@code 0.0523 %}), so that small probabilities do not
     * collapse to {@code 0.00 %}.
     */
    public static String percent(double share) {
        return fixed(share * 100, percentDecimals(share)) + " %";
    }

    static int percentDecimals(double share) {
        double p = Math.abs(share * 100);
        // Below a millionth of a percent there is nothing to show but rounding noise: 0.00 %.
        if (p < 1e-6 || p >= 1 || !Double.isFinite(p)) {
            return 2;
        }
        return 2 - (int) Math.floor(Math.log10(p));
    }

    /** A USD amount with three significant digits and a suffix: {@code $523}, {@code $12.3k}, {@code $1.23M}, {@code $10.0B}. */
    public static String usd(double v) {
        String sign = v < 0 ? "-" : "";
        double a = Math.abs(v);
        String[] suffix = {"", "k", "M", "B"};
        int level = 0;
        while (level < 3 && a >= Math.pow(1000, level + 1)) {
            level++;
        }
        for (; level <= 3; level++) {
            double scaled = a / Math.pow(1000, level);
            int decimals = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
            if (level == 0 && scaled >= 100) {
                decimals = 0;
            }
            BigDecimal r = BigDecimal.valueOf(scaled).setScale(decimals, RoundingMode.HALF_EVEN);
            // 999.6k rounds to 1000k: write it as 1.00M instead.
            if (r.compareTo(BigDecimal.valueOf(1000)) >= 0 && level < 3) {
                continue;
            }
            String s = r.toPlainString();
            return (sign.isEmpty() || r.signum() == 0 ? "" : sign) + "$" + s + suffix[level];
        }
        throw new AssertionError("unreachable");
    }

    /** A plain number with three significant digits, at most four decimals: {@code 0.142}, {@code 1.52}, {@code 1,234}. */
    public static String number(double v) {
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 || a == 0 ? 2 : Math.min(4, 2 - (int) Math.floor(Math.log10(a)));
        return fixed(v, decimals);
    }

    /** A count with thousands separators: {@code 100,000}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A duration in seconds, {@code 0.84 s}, {@code 12.3 s}, {@code 3 min 05 s}. */
    public static String seconds(double s) {
        if (s < 10) {
            return fixed(s, 2) + " s";
        }
        if (s < 60) {
            return fixed(s, 1) + " s";
        }
        long whole = Math.round(s);
        return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }

    private static String fixed(double v, int decimals) {
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        // "-0.00" reads as a loss where there is none.
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    private static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
