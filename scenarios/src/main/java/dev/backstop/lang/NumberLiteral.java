package dev.backstop.lang;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as written in the language ({@code 12}, {@code -0.5}, {@code 1e6},
 * {@code 1_000_000}, {@code 3M}) into an exact {@link BigDecimal}, refusing what cannot mean
 * anything: more than {@value #MAX_LENGTH} characters (checked before any arithmetic, so a
 * 10,000-digit number is refused at once), more than {@value #MAX_DIGITS} significant digits,
 * magnitudes above {@link dev.backstop.core.model.Check#MAX_MAGNITUDE} or, other than zero,
 * below {@code 1e-100}. Stateless and thread-safe.
 */
final class NumberLiteral {
    static final int MAX_LENGTH = 64;
    static final int MAX_DIGITS = 30;
    static final BigDecimal MAX = new BigDecimal("1e15");
    static final BigDecimal MIN = new BigDecimal("1e-100");
    /** Precision of the divisions a unit needs ({@code 6 hours} = 6/24 day). */
    static final MathContext CONTEXT = MathContext.DECIMAL128;

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)([0-9](?:_?[0-9])*)(?:\\.([0-9](?:_?[0-9])*))?(?:[eE]([+-]?[0-9]{1,4}))?([kMB])?");
    private static final Pattern NUMERIC_PREFIX = Pattern.compile(
            "[+-]?[0-9](?:_?[0-9])*(?:\\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9]+)?");

    private NumberLiteral() {}

    /** Thrown for a malformed or meaningless number; the message says why, the hint how to write it. */
    static final class Invalid extends Exception {
        final String hint;

        Invalid(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }
    }

    /** The value of {@code text}, with its magnitude suffix applied. */
    static BigDecimal parse(String text) throws Invalid {
        if (text.length() > MAX_LENGTH) {
            throw new Invalid("number is too long to mean anything (" + text.length() + " characters)",
                    "numbers may have at most " + MAX_DIGITS + " significant digits");
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            throw malformed(text);
        }
        String digits = m.group(2).replace("_", "") + (m.group(3) == null ? "" : "." + m.group(3).replace("_", ""));
        BigDecimal v = new BigDecimal(m.group(1) + digits + (m.group(4) == null ? "" : "e" + m.group(4)));
        if (v.signum() != 0 && v.stripTrailingZeros().precision() > MAX_DIGITS) {
            throw new Invalid("number '" + text + "' has more than " + MAX_DIGITS + " significant digits", null);
        }
        if (m.group(5) != null) {
            v = v.multiply(switch (m.group(5)) {
                case "k" -> BigDecimal.valueOf(1_000);
                case "M" -> BigDecimal.valueOf(1_000_000);
                default -> BigDecimal.valueOf(1_000_000_000);
            });
        }
        checkMagnitude(v, text);
        return v;
    }

    /** Refuses magnitudes above 1e15 and non-zero magnitudes below 1e-100. */
    static void checkMagnitude(BigDecimal v, String text) throws Invalid {
        if (v.abs().compareTo(MAX) > 0) {
            throw new Invalid("number " + text + " is too large to mean anything (the limit is 1e15)", null);
        }
        if (v.signum() != 0 && v.abs().compareTo(MIN) < 0) {
            throw new Invalid("number " + text + " is too small to mean anything (the limit is 1e-100)", null);
        }
    }

    private static Invalid malformed(String text) {
        Matcher p = NUMERIC_PREFIX.matcher(text);
        if (p.lookingAt() && p.end() < text.length()) {
            String rest = text.substring(p.end());
            String head = text.substring(0, p.end());
            if (rest.matches("[A-Za-z][A-Za-z0-9_]*")) {
                if (rest.equals("K")) {
                    return new Invalid("unknown magnitude suffix 'K' in '" + text + "'", "write " + head + "k");
                }
                if (rest.equals("m") || rest.equals("b") || rest.equals("bn") || rest.equals("mm")) {
                    return new Invalid("unknown magnitude suffix '" + rest + "' in '" + text + "'",
                            "use k (thousand), M (million) or B (billion)");
                }
                return new Invalid("a number must be followed by a space before its unit: '" + text + "'",
                        "write '" + head + " " + rest + "'");
            }
            if (rest.startsWith("_")) {
                return new Invalid("misplaced '_' in number '" + text + "'", "'_' may only stand between digits");
            }
        }
        return new Invalid("malformed number '" + text + "'", null);
    }
}
