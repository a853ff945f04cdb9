package dev.backstop.report.html;

/**
 * Escaping for HTML text and attribute values. Stateless and thread-safe.
 */
public final class Html {
    private Html() {}

    /**
     * Text safe in HTML element content and in double- or single-quoted attribute values: the five
     * special characters become references, and control characters other than tab and line breaks
     * (which HTML forbids) become spaces.
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
