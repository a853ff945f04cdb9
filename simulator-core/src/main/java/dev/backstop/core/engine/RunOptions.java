package dev.backstop.core.engine;

/**
 * How to run a scenario, apart from the scenario itself (whose paths and seed are part of it).
 * Immutable and thread-safe.
 *
 * @param keepPaths       per-path measures kept for the first this many paths ({@link
 *                        dev.backstop.core.result.PathSample}); capped at {@link #MAX_KEPT_PATHS}
 * @param valuePaths      paths whose backstop value is recorded at every step (fan charts)
 * @param progress        told of progress
 */
public record RunOptions(long keepPaths, int valuePaths, ProgressListener progress) {
    /** Per-path measures take 13 doubles a path; 2·10^7 paths is about 2 GB. */
    public static final long MAX_KEPT_PATHS = 20_000_000L;
    /** Default: enough paths for smooth histograms without measurable cost. */
    public static final long DEFAULT_KEPT_PATHS = 100_000L;
    public static final int DEFAULT_VALUE_PATHS = 1_000;

    public static final RunOptions DEFAULT = new RunOptions(DEFAULT_KEPT_PATHS, DEFAULT_VALUE_PATHS, ProgressListener.NONE);

    public RunOptions {
        if (keepPaths < 0 || keepPaths > MAX_KEPT_PATHS) {
            throw new IllegalArgumentException("keepPaths must be between 0 and " + MAX_KEPT_PATHS + ", got " + keepPaths);
        }
        if (valuePaths < 0 || valuePaths > 100_000) {
            throw new IllegalArgumentException("valuePaths must be between 0 and 100000, got " + valuePaths);
        }
        if (progress == null) {
            progress = ProgressListener.NONE;
        }
    }

    public RunOptions withKeepPaths(long v) { return new RunOptions(v, valuePaths, progress); }
    public RunOptions withValuePaths(int v) { return new RunOptions(keepPaths, v, progress); }
    public RunOptions withProgress(ProgressListener v) { return new RunOptions(keepPaths, valuePaths, v); }
}
