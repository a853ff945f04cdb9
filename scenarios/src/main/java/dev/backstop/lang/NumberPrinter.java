package dev.backstop.lang;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a stored double as the shortest number that the language reads back to exactly the same
 * double (SPEC §3: {@code check} prints a scenario that parses to the same scenario). Tries 1, 2,
 * … significant digits of the exact binary value, scaled to the written unit, and keeps the first
 * that {@link Scale#toDouble} maps back to the value; adds a magnitude suffix ({@code k},
 * {@code M}, {@code B}) only when it is exact and leaves at most two decimals ({@code 2.33M}). Stateless and
 * thread-safe.
 */
final class NumberPrinter {
    private static final int MAX_DIGITS = 25;
    private static final BigDecimal[] SUFFIX_VALUES = {
        BigDecimal.valueOf(1_000_000_000), BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(1_000)};
    private static final String[] SUFFIXES = {"B", "M", "k"};
    private static final BigDecimal SUFFIX_FROM = BigDecimal.valueOf(10_000);

    private NumberPrinter() {}

    /** The number as written in {@code scale}, or null if no short form reads back exactly (then use another unit). */
    static String format(double v, Scale scale, boolean suffix) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("cannot write " + v + " in the language");
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal written = scale.invert(new BigDecimal(v));
        for (int digits = 1; digits <= MAX_DIGITS; digits++) {
            BigDecimal candidate = written.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (Double.compare(scale.toDouble(candidate), v) == 0) {
                return render(candidate.stripTrailingZeros(), suffix);
            }
        }
        return null;
    }

    /** As {@link #format} in {@link Scale#ONE}, which always succeeds. */
    static String plain(double v, boolean suffix) {
        return format(v, Scale.ONE, suffix);
    }

    private static String render(BigDecimal d, boolean suffix) {
        if (suffix && d.abs().compareTo(SUFFIX_FROM) >= 0) {
            for (int i = 0; i < SUFFIX_VALUES.length; i++) {
                if (d.abs().compareTo(SUFFIX_VALUES[i]) >= 0) {
                    BigDecimal q = d.divide(SUFFIX_VALUES[i]).stripTrailingZeros();
                    if (q.scale() <= 2) {
                        return q.toPlainString() + SUFFIXES[i];
                    }
                    break;
                }
            }
        }
        if (d.abs().compareTo(new BigDecimal("1e-6")) < 0) {
            return d.toString().replace("E", "e");
        }
        return d.toPlainString();
    }
}
