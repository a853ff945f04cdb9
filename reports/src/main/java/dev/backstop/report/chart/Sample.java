package dev.backstop.report.chart;

import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.PathSample;
import dev.backstop.report.FigureFormat;

/**
 * The per-path measures the distribution charts draw: the run's {@link PathSample} (the first
 * {@code keepPaths} paths by index, a fixed subsample), and how to name it in a legend. Immutable
 * and thread-safe.
 */
record Sample(PathSample paths) {
    /** An empty sample when the run kept none. */
    static Sample of(PathSample paths, long totalPaths) {
        return new Sample(paths != null ? paths : new PathSample(totalPaths, emptyColumns()));
    }

    private static java.util.Map<PathMeasure, double[]> emptyColumns() {
        java.util.EnumMap<PathMeasure, double[]> m = new java.util.EnumMap<>(PathMeasure.class);
        for (PathMeasure pm : PathMeasure.values()) {
            m.put(pm, new double[0]);
        }
        return m;
    }

    int size() {
        return paths.size();
    }

    double[] column(PathMeasure m) {
        return paths.column(m);
    }

    /** {@code all 2,000 paths} or {@code the first 100,000 of 1,000,000 paths}. */
    String describe() {
        return paths.isComplete() ? "all " + FigureFormat.count(paths.size()) + " paths"
                : "the first " + FigureFormat.count(paths.size()) + " of " + FigureFormat.count(paths.totalPaths())
                        + " paths";
    }
}
