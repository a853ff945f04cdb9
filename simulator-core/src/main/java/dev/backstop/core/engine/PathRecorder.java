package dev.backstop.core.engine;

import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.PathSample;
import dev.backstop.core.result.ValuePaths;
import java.util.EnumMap;
import java.util.Map;

/**
 * Keeps the per-path measures of the first {@code keep} paths and the value traces of the first
 * {@code traced} paths. Each path index has its own slot, written by the one worker that runs it, so
 * the recorded values do not depend on scheduling; the engine reads them only after all workers have
 * finished (the executor's completion gives the happens-before edge). Not otherwise thread-safe.
 */
final class PathRecorder {
    private final long totalPaths;
    private final int keep;
    private final double[][] columns;
    private final double[][] traces;
    private final double[] days;

    PathRecorder(long totalPaths, long keep, int traced, StepGrid grid) {
        this.totalPaths = totalPaths;
        this.keep = (int) Math.min(keep, totalPaths);
        this.columns = new double[PathMeasure.values().length][this.keep];
        int t = (int) Math.min(traced, totalPaths);
        this.traces = new double[t][grid.steps() + 1];
        this.days = grid.endDays();
    }

    /** The trace row for a path, or null if the path is not traced. */
    double[] traceOf(long path) {
        return path < traces.length ? traces[(int) path] : null;
    }

    void record(long path, PathSimulator p) {
        if (path >= keep) {
            return;
        }
        int i = (int) path;
        set(PathMeasure.SLASHED, i, p.firstSlashStep >= 0 ? 1 : 0);
        set(PathMeasure.SLASH_EVENTS, i, p.slashEvents);
        set(PathMeasure.FIRST_SLASH_DAY, i, p.firstSlashStep >= 0 ? days[p.firstSlashStep + 1] : Double.NaN);
        set(PathMeasure.SLASHED_USD, i, p.slashedUsd);
        set(PathMeasure.SLASHED_FRACTION, i, 1 - p.holderFactor);
        set(PathMeasure.SHORTFALL, i, p.firstShortfallStep >= 0 ? 1 : 0);
        set(PathMeasure.DEFICIT_USD, i, p.deficitUsd());
        set(PathMeasure.RESERVE_USED_USD, i, p.reserveUsedUsd);
        set(PathMeasure.BACKSTOP_VALUE_END_USD, i, p.backstopValueEndUsd);
        set(PathMeasure.STAKER_APR, i, p.stakerApr);
        set(PathMeasure.STAKER_APR_GROSS, i, p.stakerAprGross);
        set(PathMeasure.LOSSES_USD, i, p.lossesUsd);
        set(PathMeasure.SWEPT_USD, i, p.sweptUsd);
    }

    private void set(PathMeasure m, int i, double v) {
        columns[m.ordinal()][i] = v;
    }

    PathSample sample() {
        Map<PathMeasure, double[]> map = new EnumMap<>(PathMeasure.class);
        for (PathMeasure m : PathMeasure.values()) {
            map.put(m, columns[m.ordinal()]);
        }
        return new PathSample(totalPaths, map);
    }

    ValuePaths valuePaths() {
        return new ValuePaths(days, traces);
    }
}
