package dev.backstop.report.study;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.study.SensitivityMove;
import dev.backstop.core.study.SensitivityResult;
import dev.backstop.core.study.SensitivityRow;
import dev.backstop.report.FigureFormat;
import dev.backstop.report.Json;
import dev.backstop.report.OutputFile;
import dev.backstop.report.chart.ChartTheme;
import dev.backstop.report.chart.Charts;
import dev.backstop.report.chart.RenderedChart;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;

/**
 * The outputs of {@code backstop sensitivity}: {@code sensitivity.csv}, {@code sensitivity.json}
 * (what {@code --json} also receives), the tornado chart, and a section. Stateless and thread-safe.
 */
public final class SensitivityOutputs {
    public static final String CSV = "sensitivity.csv";
    public static final String JSON = "sensitivity.json";
    public static final String CHART = "sensitivity-tornado";
    /** Settings drawn in the tornado: the largest changes; the table and files hold all of them. */
    public static final int CHART_ROWS = 15;

    private SensitivityOutputs() {}

    /** The names the outputs will have, known before anything runs. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(CSV, JSON));
        SweepOutputs.addChart(names, CHART);
        return names;
    }

    /** The percentage of a move, {@code 20 %}. */
    static String by(double by) {
        return StudyText.significant(by * 100) + " %";
    }

    /**
     * {@code sensitivity.csv}: one row per setting in the sorted order: its base value, then per move
     * the value run, its status, the metric with its interval and the change from the base; values in
     * the setting's stored unit, the metric in its own.
     */
    public static String csv(SensitivityResult r) {
        StringBuilder sb = new StringBuilder("param,unit,base_value,metric");
        for (String side : List.of("down", "up")) {
            sb.append(',').append(side).append("_value,").append(side).append("_status,").append(side).append("_change,")
                    .append(side).append("_metric,").append(side).append("_metric_lo,").append(side).append("_metric_hi");
        }
        sb.append(",swing,note\n");
        for (SensitivityRow row : r.rows()) {
            sb.append(row.param().text()).append(',').append(csvText(row.param().unitLabel(r.base()))).append(',')
                    .append(cell(row.base())).append(',').append(r.metric().key());
            for (SensitivityMove m : List.of(row.down(), row.up())) {
                sb.append(',').append(cell(m.value())).append(',').append(m.status().name().toLowerCase(Locale.ROOT))
                        .append(',').append(cell(m.change()));
                MetricValue v = m.metric().orElse(null);
                sb.append(',').append(v == null ? "" : cell(v.value().orElse(Double.NaN)));
                sb.append(',').append(v == null ? "" : cell(v.estimate().map(e -> e.lo()).orElse(Double.NaN)));
                sb.append(',').append(v == null ? "" : cell(v.estimate().map(e -> e.hi()).orElse(Double.NaN)));
            }
            sb.append(',').append(cell(row.swing())).append(',').append(csvText(note(row))).append('\n');
        }
        return sb.toString();
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? Json.number(v) : "";
    }

    private static String csvText(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Why a move was clamped or skipped, both moves in one sentence; empty when both ran as asked. */
    static String note(SensitivityRow row) {
        List<String> parts = new ArrayList<>();
        if (row.down().status() == row.up().status() && row.down().status() == SensitivityMove.Status.SKIPPED
                && row.down().reason().equals(row.up().reason())) {
            return "skipped: " + row.down().reason();
        }
        for (var e : List.of(java.util.Map.entry("down", row.down()), java.util.Map.entry("up", row.up()))) {
            SensitivityMove m = e.getValue();
            switch (m.status()) {
                case CLAMPED -> parts.add(e.getKey() + " clamped to the nearest valid value (" + m.reason() + ")");
                case SKIPPED -> parts.add(e.getKey() + " skipped: " + m.reason());
                case MOVED -> { }
            }
        }
        return String.join("; ", parts);
    }

    /** {@code sensitivity.json}. */
    public static String json(SensitivityResult r, String version) {
        Scenario s = r.base();
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"scenario\": ").append(Json.string(s.name())).append(",\n");
        sb.append("  \"version\": ").append(Json.string(version)).append(",\n");
        sb.append("  \"paths\": ").append(s.paths()).append(",\n");
        sb.append("  \"seed\": ").append(s.seed()).append(",\n");
        sb.append("  \"metric\": ").append(Json.string(r.metric().key())).append(",\n");
        sb.append("  \"by\": ").append(Json.number(r.by())).append(",\n");
        sb.append("  \"base\": ").append(SizeOutputs.estimate(r.baseMetric())).append(",\n");
        sb.append("  \"settings\": [");
        for (int i = 0; i < r.rows().size(); i++) {
            SensitivityRow row = r.rows().get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("    {\"param\": ").append(Json.string(row.param().text()))
                    .append(", \"unit\": ").append(Json.string(row.param().unitLabel(s)))
                    .append(", \"base\": ").append(Json.number(row.base()))
                    .append(", \"swing\": ").append(Json.number(row.swing()))
                    .append(",\n     \"down\": ").append(move(row.down()))
                    .append(",\n     \"up\": ").append(move(row.up())).append('}');
        }
        sb.append(r.rows().isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return sb.toString();
    }

    private static String move(SensitivityMove m) {
        return "{\"requested\": " + Json.number(m.requested()) + ", \"value\": " + Json.number(m.value())
                + ", \"status\": " + Json.string(m.status().name().toLowerCase(Locale.ROOT))
                + ", \"change\": " + Json.number(m.change())
                + ", \"metric\": " + m.metric().map(SizeOutputs::estimate).orElse("null")
                + ", \"reason\": " + (m.reason().isEmpty() ? "null" : Json.string(m.reason())) + "}";
    }

    /** The section: what was done, the tornado, and a table of every setting. */
    public static StudySection section(SensitivityResult r) {
        Scenario s = r.base();
        MetricKey key = r.metric();
        String label = StudyText.label(key);
        Doc d = new Doc();
        d.para("Each numeric setting moved down and up by " + by(r.by()) + " of its value, one at a time, with the same "
                + FigureFormat.count(s.paths()) + " paths and seed " + s.seed() + " as the base run (common random"
                + " numbers), so that each change is the setting's own effect. " + label + " in the base scenario: ",
                new Doc.Strong(StudyText.metricWithInterval(r.baseMetric())), ".");
        long unchanged = r.rows().stream().filter(x -> x.swing() == 0).count();
        long skipped = r.rows().stream().filter(x -> Double.isNaN(x.swing())).count();
        List<String> notes = new ArrayList<>();
        if (unchanged > 0) {
            notes.add(unchanged + (unchanged == 1 ? " setting does" : " settings do") + " not change " + label
                    + " at all on these paths.");
        }
        if (skipped > 0) {
            notes.add(skipped + (skipped == 1 ? " setting was" : " settings were") + " not moved (zero or unset); see"
                    + " the table.");
        }
        notes.add("A change smaller than the base figure's interval may still be real: the runs share their random"
                + " numbers, so the noise largely cancels in the difference.");
        d.bullets(notes);
        List<String> header = List.of("Setting", "Base", "−" + by(r.by()), "Change", "+" + by(r.by()), "Change", "Note");
        boolean[] right = {false, true, true, true, true, true, false};
        List<List<String>> rows = new ArrayList<>();
        for (SensitivityRow row : r.rows()) {
            rows.add(List.of(row.param().text(), StudyText.param(s, row.param(), row.base()),
                    row.down().ran() ? StudyText.param(s, row.param(), row.down().value()) : "—",
                    row.down().ran() ? StudyText.change(key, row.down().change()) : "—",
                    row.up().ran() ? StudyText.param(s, row.param(), row.up().value()) : "—",
                    row.up().ran() ? StudyText.change(key, row.up().change()) : "—",
                    note(row)));
        }
        Doc table = new Doc().table(header, right, rows);
        return new StudySection("Sensitivity of " + label + " to each setting (±" + by(r.by()) + ")", d.markdown(),
                d.html(), List.of(tornado(r)), table.markdown(), table.html());
    }

    /**
     * The tornado: one pair of horizontal bars per setting (its move down above, up below), length the
     * change in the metric, largest at the top; at most {@link #CHART_ROWS} settings with a change.
     */
    static RenderedChart tornado(SensitivityResult r) {
        Scenario s = r.base();
        MetricKey key = r.metric();
        String label = StudyText.label(key);
        List<SensitivityRow> rows = r.rows().stream().filter(x -> x.swing() > 0).limit(CHART_ROWS).toList();
        int k = rows.size();
        String unit = StudyText.style(key) == dev.backstop.report.FigureStyle.PERCENT ? "percentage points"
                : StudyText.metricUnit(key);
        XYChart c = Charts.xy(label + ": change when each setting moves ±" + by(r.by()),
                StudyCharts.axisTitle("change in " + label + " from its base " + StudyText.metric(key,
                        r.baseMetric().value().orElse(Double.NaN)), unit), "");
        StudyText.Axis xa = StudyText.metricAxis(key);
        StudyCharts.axes(c, xa, new StudyText.Axis(1, false));
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        c.getStyler().setPlotGridHorizontalLinesVisible(false);
        if (k == 0) {
            StudyCharts.placeholder(c, -1, 1, "no setting changed " + label);
            return StudyCharts.render(CHART, "No setting changed " + label + ".", c);
        }
        String[] labels = new String[k];
        for (int i = 0; i < k; i++) {
            SensitivityRow row = rows.get(i);
            boolean clamped = row.down().status() == SensitivityMove.Status.CLAMPED
                    || row.up().status() == SensitivityMove.Status.CLAMPED;
            labels[i] = row.param().text() + " (" + StudyText.param(s, row.param(), row.base()) + ")" + (clamped ? " *" : "");
        }
        // One unit of y per setting, largest at the top (y = k), ticks every half unit. XChart drops a
        // tick spacing whose labels repeat, so the half-unit ticks get distinct runs of spaces (invisible)
        // and the whole units the settings' names.
        c.getStyler().setYAxisMin(0.5);
        c.getStyler().setYAxisMax(k + 0.5);
        c.getStyler().setYAxisTickMarkSpacingHint(12);
        c.getStyler().setyAxisTickLabelsFormattingFunction(v -> {
            long i = Math.round(v);
            return Math.abs(v - i) < 1e-9 && i >= 1 && i <= k ? labels[(int) (k - i)]
                    : " ".repeat(1 + (int) Math.abs(Math.round(2 * v)));
        });
        int plotHeight = ChartTheme.HEIGHT - 110;
        float bar = (float) Math.max(3, Math.min(18, 0.34 * plotHeight / (k + 0.2)));
        BasicStroke stroke = new BasicStroke(bar, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        double max = 0;
        for (int i = 0; i < k; i++) {
            SensitivityRow row = rows.get(i);
            double y = k - i;
            addBar(c, i == 0 ? "setting −" + by(r.by()) : "down " + i, row.down(), xa.scale(), y + 0.19, stroke,
                    ChartTheme.ORANGE, i == 0);
            addBar(c, i == 0 ? "setting +" + by(r.by()) : "up " + i, row.up(), xa.scale(), y - 0.19, stroke,
                    ChartTheme.BLUE, i == 0);
            max = Math.max(max, xa.apply(row.swing()));
        }
        c.getStyler().setXAxisMin(-max * 1.08);
        c.getStyler().setXAxisMax(max * 1.08);
        Charts.line(c, "zero", new double[] {0, 0}, new double[] {0.5, k + 0.5}, ChartTheme.GREY, ChartTheme.solid(1f))
                .setShowInLegend(false);
        SensitivityRow top = rows.get(0);
        String alt = "Bars of the change in " + label + " for the " + k + " settings that change it most; the largest is "
                + top.param().text() + " (" + StudyText.change(key, top.down().change()) + " down, "
                + StudyText.change(key, top.up().change()) + " up)."
                + (java.util.Arrays.stream(labels).anyMatch(x -> x.endsWith("*"))
                ? " Settings marked * were clamped to their nearest valid value in one direction." : "");
        return StudyCharts.render(CHART, alt, c);
    }

    private static void addBar(XYChart c, String name, SensitivityMove m, double scale, double y, BasicStroke stroke,
                               java.awt.Color color, boolean legend) {
        double change = m.ran() && Double.isFinite(m.change()) ? m.change() * scale : 0;
        Charts.line(c, name, new double[] {0, change}, new double[] {y, y}, color, stroke).setShowInLegend(legend);
    }

    /** The files: CSV, JSON and the tornado. */
    public static List<OutputFile> files(SensitivityResult r, StudySection section, String version) {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text(CSV, csv(r)));
        files.add(OutputFile.text(JSON, json(r, version)));
        for (RenderedChart ch : section.charts()) {
            files.addAll(ch.files());
        }
        return files;
    }
}
