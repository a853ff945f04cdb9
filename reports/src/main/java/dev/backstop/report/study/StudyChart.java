package dev.backstop.report.study;

import dev.backstop.report.FileContent;
import dev.backstop.report.OutputFile;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart of a study, encoded: its file base name ({@code sweep-backstop.stake-p_shortfall}), a
 * title, a text alternative for readers who cannot see it, the PNG bytes and the SVG text.
 * Immutable (the PNG array is never handed out) and thread-safe.
 */
public final class StudyChart {
    private final String name;
    private final String title;
    private final String alt;
    private final byte[] png;
    private final String svg;

    private StudyChart(String name, String title, String alt, byte[] png, String svg) {
        this.name = name;
        this.title = title;
        this.alt = alt;
        this.png = png;
        this.svg = svg;
    }

    /** Encodes a chart now (PNG and SVG). */
    static StudyChart of(String name, String alt, Chart<?, ?> chart) {
        return new StudyChart(name, chart.getTitle(), alt, ChartEncoder.png(chart), ChartEncoder.svg(chart));
    }

    /** The base name of the files, without extension. */
    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    /** A text alternative: what the chart shows, in one sentence. */
    public String alt() {
        return alt;
    }

    public String pngName() {
        return name + ".png";
    }

    public String svgName() {
        return name + ".svg";
    }

    /** A copy of the PNG bytes. */
    public byte[] png() {
        return png.clone();
    }

    public String svg() {
        return svg;
    }

    /** The PNG and the SVG as output files. */
    public List<OutputFile> files() {
        return List.of(new OutputFile(pngName(), out -> out.write(png)), new OutputFile(svgName(), FileContent.text(svg)));
    }

    /** A file-name-safe form of a parameter path or metric key: letters, digits, '.', '_' and '-'. */
    static String safe(String s) {
        String r = s.replaceAll("[^A-Za-z0-9._-]+", "-");
        return r.isEmpty() ? "x" : r;
    }
}
