package dev.backstop.report;

import java.util.List;

/**
 * The small Markdown writers of {@code summary.md}, of a run and of a study: text safe in a table
 * cell or an image's alternative text, a table, and the reproduction block. Stateless and
 * thread-safe.
 */
public final class Markdown {
    private Markdown() {}

    /** Text safe inside a table cell: no pipes or line breaks (brackets are harmless there and stay readable). */
    public static String text(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }

    /** Text safe as an image's alternative text: as {@link #text}, with square brackets made round. */
    public static String alt(String s) {
        return text(s).replace('[', '(').replace(']', ')');
    }

    /** A table, every cell through {@link #text}; {@code right[i]} aligns column i to the right. */
    public static String table(List<String> header, boolean[] right, List<List<String>> rows) {
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

    /** How to reproduce: the version, the command in a code block, and the scenario's SHA-256. */
    public static String reproduction(Reproduction r) {
        return "Reproduce with Backstop " + r.version() + ":\n\n```\n" + r.command() + "\n```\n\n"
                + "Scenario SHA-256 (canonical form, as run): `" + r.scenarioSha256() + "`\n";
    }
}
