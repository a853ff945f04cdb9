package dev.backstop.core.result;

/**
 * The backstop's USD value {@code B·P} at the end of every step for the first few paths (by path
 * index, so the subsample is fixed and documented), for fan charts. Row {@code i} is path {@code i};
 * column 0 is the start. Immutable and thread-safe.
 */
public final class ValuePaths {
    private final double[] days;
    private final double[][] values;

    public ValuePaths(double[] days, double[][] values) {
        this.days = days.clone();
        this.values = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != days.length) {
                throw new IllegalArgumentException("row " + i + " has the wrong length");
            }
            this.values[i] = values[i].clone();
        }
    }

    public int paths() {
        return values.length;
    }

    public int points() {
        return days.length;
    }

    public double day(int j) {
        return days[j];
    }

    public double value(int path, int j) {
        return values[path][j];
    }

    /** Hyndman–Fan type 7 percentile across the sampled paths at point {@code j}. */
    public double percentile(int j, double p) {
        double[] col = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            col[i] = values[i][j];
        }
        java.util.Arrays.sort(col);
        return Quantiles.type7Sorted(col, p);
    }
}
