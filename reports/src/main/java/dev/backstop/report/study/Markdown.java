package dev.backstop.report.study;

import java.util.List;

/** Small Markdown writers: escaped text and tables. Stateless. */
final class Markdown {
    private Markdown() {}

    /** Text safe inside a table cell: no pipes or line breaks (brackets are harmless there and stay readable). */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }

    /** Text safe as an image's alternative text: as {@link #text}, with square brackets made round. */
    static String alt(String s) {
        return text(s).replace('[', '(').replace(']', ')');
    }

    /** A table; {@code right[i]} aligns column i to the right. */
    static String table(List<String> header, boolean[] right, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append('|');
        for (String h : header) {
            sb.append(' ').append(text(h)).append(" |");
        }
        sb.append("\n|");
        for (int i = 0; i < header.size(); i++) {
            sb.append(right[i] ? "---:|" : "---|");
        }
        sb.append('\n');
        for (List<String> r : rows) {
            sb.append('|');
            for (String c : r) {
                sb.append(' ').append(text(c)).append(" |");
            }
            sb.append('\n');
        }
        return sb.append('\n').toString();
    }
}
