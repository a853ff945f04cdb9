package dev.backstop.report.chart;

import dev.backstop.report.OutputFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chart of a run or a study, drawn: its file base name ({@code slash-probability} gives {@code
 * slash-probability.png} and {@code .svg}), the words that go with it in {@code report.html} and
 * {@code summary.md}, and its encoded bytes. The arrays are not copied: treat them as read-only. Immutable by convention and
 * thread-safe.
 *
 * @param name     file base name, lower case with hyphens
 * @param title    the chart's title
 * @param caption  what the chart shows and how to read it, in plain words (HTML-free); also its text
 *                 alternative
 * @param note     what a reader should know when the chart has little or nothing to show
 * @param png      the PNG bytes
 * @param svg      the SVG bytes, UTF-8
 */
public record RenderedChart(String name, String title, String caption, Optional<String> note, byte[] png,
                            byte[] svg) {
    public RenderedChart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(svg, "svg");
    }

    /** A file-name-safe form of a parameter path or metric key: letters, digits, '.', '_' and '-'. */
    public static String safeName(String s) {
        String r = s.replaceAll("[^A-Za-z0-9._-]+", "-");
        return r.isEmpty() ? "x" : r;
    }

    /** File name of this chart's PNG. */
    public String pngName() {
        return pngName(name);
    }

    /** File name of this chart's SVG. */
    public String svgName() {
        return svgName(name);
    }

    /** File name of the PNG. */
    public static String pngName(String name) {
        return name + ".png";
    }

    /** File name of the SVG. */
    public static String svgName(String name) {
        return name + ".svg";
    }

    /** The PNG output file. */
    public OutputFile pngFile() {
        byte[] bytes = png;
        return new OutputFile(pngName(name), out -> out.write(bytes));
    }

    /** The SVG output file. */
    public OutputFile svgFile() {
        byte[] bytes = svg;
        return new OutputFile(svgName(name), out -> out.write(bytes));
    }

    /** The PNG and the SVG output files, in that order. */
    public List<OutputFile> files() {
        return List.of(pngFile(), svgFile());
    }
}
