package dev.backstop.report.chart;

import java.util.Arrays;

/**
 * A histogram as a chart draws it: bin edges and the share of a sample in each bin, in percent,
 * plus the outline of the bars as one polygon (drawn by XChart as a filled area, which keeps the
 * x axis numeric: a category axis would print one overlapping label per bin, DEPENDENCIES.md).
 * Immutable and thread-safe.
 */
public final class Bins {
    private final double[] edges;
    private final double[] percent;
    private final long counted;

    private Bins(double[] edges, double[] percent, long counted) {
        this.edges = edges;
        this.percent = percent;
        this.counted = counted;
    }

    /**
     * {@code count} equal bins over {@code [lo, hi]}; values outside are not counted. Shares are of
     * {@code total} (the whole sample, so that the bars of a conditional distribution still read as
     * shares of all paths when {@code total} is the sample's size).
     */
    public static Bins linear(double[] values, double lo, double hi, int count, long total) {
        double[] edges = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            edges[i] = lo + (hi - lo) * i / count;
        }
        return fill(values, edges, total, false);
    }

    /**
     * Bins equally spaced on a log scale, {@code perDecade} to a power of ten, with edges at whole
     * steps of 10^(1/perDecade) (so every power of ten is an edge), from the step at or below the
     * smallest positive value to the step at or above the largest; values ≤ 0 are not counted.
     */
    public static Bins log(double[] values, int perDecade, long total) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double v : values) {
            if (v > 0 && Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (max == 0) {
            return new Bins(new double[0], new double[0], 0);
        }
        // Whole steps of 10^(1/perDecade), so that every decade's edge is a bin edge and the labels fall on them.
        int from = (int) Math.floor(Math.log10(min) * perDecade + 1e-9);
        int to = (int) Math.ceil(Math.log10(max) * perDecade - 1e-9);
        if (to <= from) {
            to = from + 1;
        }
        double[] edges = new double[to - from + 1];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = Math.pow(10, (double) (from + i) / perDecade);
        }
        return fill(values, edges, total, true);
    }

    private static Bins fill(double[] values, double[] edges, long total, boolean log) {
        int n = edges.length - 1;
        long[] counts = new long[n];
        long counted = 0;
        double lo = edges[0];
        double hi = edges[n];
        for (double v : values) {
            if (!Double.isFinite(v) || v < lo || v > hi || (log && v <= 0)) {
                continue;
            }
            int i = log ? (int) Math.floor((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) * n)
                    : (int) Math.floor((v - lo) / (hi - lo) * n);
            i = Math.max(0, Math.min(n - 1, i));
            // floating point can put a value on an edge into the neighbouring bin; the edges decide
            while (i > 0 && v < edges[i]) {
                i--;
            }
            while (i < n - 1 && v >= edges[i + 1]) {
                i++;
            }
            counts[i]++;
            counted++;
        }
        double[] percent = new double[n];
        for (int i = 0; i < n; i++) {
            percent[i] = total == 0 ? 0 : 100.0 * counts[i] / total;
        }
        return new Bins(edges, percent, counted);
    }

    /** Whether no value fell in any bin. */
    public boolean isEmpty() {
        return counted == 0;
    }

    /** Number of values counted. */
    public long counted() {
        return counted;
    }

    /** The bin edges, one more than the bins. */
    public double[] edges() {
        return edges.clone();
    }

    /** The share of the total in each bin, percent. */
    public double[] percent() {
        return percent.clone();
    }

    /** The tallest bar, percent. */
    public double max() {
        return Arrays.stream(percent).max().orElse(0);
    }

    /** x of the bars' outline: from the first edge at 0, over every bar, down to 0 at the last edge. */
    public double[] outlineX() {
        int n = percent.length;
        double[] x = new double[2 * n + 2];
        x[0] = edges[0];
        for (int i = 0; i < n; i++) {
            x[1 + 2 * i] = edges[i];
            x[2 + 2 * i] = edges[i + 1];
        }
        x[2 * n + 1] = edges[n];
        return x;
    }

    /** y of the bars' outline, matching {@link #outlineX}. */
    public double[] outlineY() {
        int n = percent.length;
        double[] y = new double[2 * n + 2];
        for (int i = 0; i < n; i++) {
            y[1 + 2 * i] = percent[i];
            y[2 + 2 * i] = percent[i];
        }
        return y;
    }
}
