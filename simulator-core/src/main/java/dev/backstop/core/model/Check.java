package dev.backstop.core.model;

/**
 * The one validation helper of the model: each method returns its argument when it is valid and
 * otherwise throws {@link IllegalArgumentException} with a message naming the setting and the bad
 * value. The language's checker reports the same conditions with file positions before a model is
 * built; these checks guard the Java API.
 */
public final class Check {
    /** Amounts beyond this magnitude (10^15, a thousand trillion) mean nothing for a protocol. */
    public static final double MAX_MAGNITUDE = 1e15;

    private Check() {}

    public static double finite(double v, String name) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + v);
        }
        if (Math.abs(v) > MAX_MAGNITUDE) {
            throw new IllegalArgumentException(name + " is too large to mean anything: " + v);
        }
        return v;
    }

    public static double nonNegative(double v, String name) {
        finite(v, name);
        if (v < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + v);
        }
        return v;
    }

    public static double positive(double v, String name) {
        finite(v, name);
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be greater than zero, got " + v);
        }
        return v;
    }

    /** A share in [0, 1] (written 0 % to 100 % in the language). */
    public static double fraction(double v, String name) {
        finite(v, name);
        if (v < 0 || v > 1) {
            throw new IllegalArgumentException(name + " must be between 0% and 100%, got " + v);
        }
        return v;
    }

    public static double inRange(double v, double lo, double hi, String name) {
        finite(v, name);
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + " must be between " + lo + " and " + hi + ", got " + v);
        }
        return v;
    }

    public static <T> T notNull(T v, String name) {
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }

    public static String name(String v, String what) {
        notNull(v, what);
        if (!v.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException(what + " must be an identifier (letters, digits, _), got '" + v + "'");
        }
        return v;
    }

    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
