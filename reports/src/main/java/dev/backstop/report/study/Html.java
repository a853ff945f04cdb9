package dev.backstop.report.study;

import java.util.List;

/** Small HTML writers: escaped text and tables. Stateless. */
final class Html {
    private Html() {}

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>\n";
    }

    static String table(List<String> header, boolean[] right, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            sb.append(right[i] ? "<th class=\"num\">" : "<th>").append(escape(header.get(i))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            sb.append("<tr>");
            for (int i = 0; i < r.size(); i++) {
                sb.append(right[i] ? "<td class=\"num\">" : "<td>").append(escape(r.get(i))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }
}
