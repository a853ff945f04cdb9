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

    /** Records lane {@code p} of the group just simulated, which ran path {@code path}. */
    void record(long path, LockstepSimulator s, int p) {
        if (path >= keep) {
            return;
        }
        int i = (int) path;
        int firstSlash = s.firstSlashStep[p];
        set(PathMeasure.SLASHED, i, firstSlash >= 0 ? 1 : 0);
        set(PathMeasure.SLASH_EVENTS, i, s.slashEvents[p]);
        set(PathMeasure.FIRST_SLASH_DAY, i, firstSlash >= 0 ? days[firstSlash + 1] : Double.NaN);
        set(PathMeasure.SLASHED_USD, i, s.slashedUsd[p]);
        set(PathMeasure.SLASHED_FRACTION, i, 1 - s.holderFactor[p]);
        set(PathMeasure.SHORTFALL, i, s.firstShortfallStep[p] >= 0 ? 1 : 0);
        set(PathMeasure.DEFICIT_USD, i, s.deficitUsd(p));
        set(PathMeasure.RESERVE_USED_USD, i, s.reserveUsedUsd[p]);
        set(PathMeasure.BACKSTOP_VALUE_END_USD, i, s.backstopValueEndUsd[p]);
        set(PathMeasure.STAKER_APR, i, s.stakerApr[p]);
        set(PathMeasure.STAKER_APR_GROSS, i, s.stakerAprGross[p]);
        set(PathMeasure.LOSSES_USD, i, s.lossesUsd[p]);
        set(PathMeasure.SWEPT_USD, i, s.sweptUsd[p]);
    }

    /** The trace rows of paths {@code [first, first + count)} (null rows for paths not traced), or null if none is traced. */
    double[][] tracesOf(long first, int count) {
        if (first >= traces.length) {
            return null;
        }
        double[][] rows = new double[count][];
        for (int p = 0; p < count; p++) {
            rows[p] = traceOf(first + p);
        }
        return rows;
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
