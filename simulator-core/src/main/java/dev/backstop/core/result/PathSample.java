package dev.backstop.core.result;

import java.util.EnumMap;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The per-path measures (SPEC §1.3) of the first {@link #size()} paths, in path order: what charts
 * of distributions use, and, when every path is kept, the full table for researchers.
 * {@code first_slash_day} is NaN on paths without a slash. Immutable and thread-safe.
 */
public final class PathSample {
    private final long totalPaths;
    private final Map<PathMeasure, double[]> columns;

    public PathSample(long totalPaths, Map<PathMeasure, double[]> columns) {
        this.totalPaths = totalPaths;
        EnumMap<PathMeasure, double[]> copy = new EnumMap<>(PathMeasure.class);
        int n = -1;
        for (PathMeasure m : PathMeasure.values()) {
            double[] c = columns.get(m);
            if (c == null) {
                throw new IllegalArgumentException("missing column " + m.column());
            }
            if (n >= 0 && c.length != n) {
                throw new IllegalArgumentException("columns differ in length");
            }
            n = c.length;
            copy.put(m, c.clone());
        }
        this.columns = copy;
    }

    /** Number of paths kept (the first ones, by path index). */
    public int size() {
        return columns.get(PathMeasure.STAKER_APR).length;
    }

    /** Number of paths the run simulated. */
    public long totalPaths() {
        return totalPaths;
    }

    /** Whether every simulated path is in the sample. */
    public boolean isComplete() {
        return size() == totalPaths;
    }

    /** A copy of one column. */
    public double[] column(PathMeasure m) {
        return columns.get(m).clone();
    }

    /** The sample as a Tablesaw table, one row per path, with a leading {@code path} index column. */
    public Table toTable(String name) {
        Table t = Table.create(name);
        int n = size();
        long[] idx = new long[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        t.addColumns(LongColumn.create("path", idx));
        for (PathMeasure m : PathMeasure.values()) {
            double[] c = columns.get(m);
            if (m == PathMeasure.SLASHED || m == PathMeasure.SHORTFALL || m == PathMeasure.SLASH_EVENTS) {
                int[] ints = new int[n];
                for (int i = 0; i < n; i++) {
                    ints[i] = (int) c[i];
                }
                t.addColumns(IntColumn.create(m.column(), ints));
            } else {
                t.addColumns(DoubleColumn.create(m.column(), c));
            }
        }
        return t;
    }
}
