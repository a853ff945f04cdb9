package dev.backstop.report;

/**
 * The two lexical pieces of Backstop's hand-written JSON: strings and numbers, formatted the same
 * way on every machine so that documents can be compared byte for byte (SPEC §5). Stateless.
 *
 * <p>Numbers: an integral value of magnitude below 10^15 is written as an integer ({@code 365},
 * not {@code 365.0}); any other finite value as {@link Double#toString(double)}, which is the
 * shortest decimal that reads back to the same double ({@code 0.1231}, {@code 1.0E-5}); NaN and the
 * infinities are written {@code null}, because JSON has no spelling for them.
 */
public final class Json {
    private static final double INTEGER_LIMIT = 1e15;

    private Json() {}

    /** A JSON number, or {@code null} when {@code v} is not finite. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "null";
        }
        if (v == Math.rint(v) && Math.abs(v) < INTEGER_LIMIT) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A quoted JSON string with quotes, backslashes and control characters escaped. */
    public static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
