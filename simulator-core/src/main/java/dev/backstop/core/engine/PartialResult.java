package dev.backstop.core.engine;

import dev.backstop.core.stats.BoundedTail;
import dev.backstop.core.stats.Moments;

/**
 * The mergeable summary of a contiguous block of paths {@code [firstPath, firstPath + paths)}: counts,
 * moments, first-event histograms and the tails that exact percentiles need. A block can be run
 * anywhere (another thread, another machine) and merged later; merging adjacent blocks in path order
 * gives the same bits as one pass over all of them in the same blocks. Mutable; not thread-safe.
 */
public final class PartialResult {
    final long totalPaths;
    long firstPath;
    long paths;

    long slashed;
    long shortfall;
    long stakerLoss;
    double downsideSquares;

    final Moments slashEvents = new Moments();
    final Moments slashedUsd = new Moments();
    final Moments slashedFraction = new Moments();
    final Moments deficitUsd = new Moments();
    final Moments reserveUsedUsd = new Moments();
    final Moments backstopValueEndUsd = new Moments();
    final Moments stakerApr = new Moments();
    final Moments stakerAprGross = new Moments();
    final Moments lossesUsd = new Moments();
    final Moments sweptUsd = new Moments();
    final Moments firstSlashDay = new Moments();

    /** Paths whose first slash (shortfall) came in step k. */
    final long[] firstSlashAt;
    final long[] firstShortfallAt;

    /** The smallest APRs, and the largest deficits (stored negated). */
    final BoundedTail lowestApr;
    final BoundedTail highestDeficit;

    PartialResult(long totalPaths, long firstPath, int steps, int aprTail, int deficitTail) {
        this.totalPaths = totalPaths;
        this.firstPath = firstPath;
        this.firstSlashAt = new long[steps];
        this.firstShortfallAt = new long[steps];
        this.lowestApr = new BoundedTail(aprTail);
        this.highestDeficit = new BoundedTail(deficitTail);
    }

    public long firstPath() {
        return firstPath;
    }

    public long paths() {
        return paths;
    }

    /** Adds the outcome of the path just simulated (the next path of this block). */
    void add(PathSimulator p, double[] dayAtEndOfStep, double riskFree) {
        paths++;
        if (p.firstSlashStep >= 0) {
            slashed++;
            firstSlashAt[p.firstSlashStep]++;
            firstSlashDay.add(dayAtEndOfStep[p.firstSlashStep + 1]);
        }
        if (p.firstShortfallStep >= 0) {
            shortfall++;
            firstShortfallAt[p.firstShortfallStep]++;
        }
        if (p.stakerApr < 0) {
            stakerLoss++;
        }
        double down = Math.min(0, p.stakerApr - riskFree);
        downsideSquares += down * down;
        slashEvents.add(p.slashEvents);
        slashedUsd.add(p.slashedUsd);
        slashedFraction.add(1 - p.holderFactor);
        deficitUsd.add(p.deficitUsd());
        reserveUsedUsd.add(p.reserveUsedUsd);
        backstopValueEndUsd.add(p.backstopValueEndUsd);
        stakerApr.add(p.stakerApr);
        stakerAprGross.add(p.stakerAprGross);
        lossesUsd.add(p.lossesUsd);
        sweptUsd.add(p.sweptUsd);
        lowestApr.add(p.stakerApr);
        highestDeficit.add(-p.deficitUsd());
    }

    /**
     * Appends the next block: {@code next} must start where this one ends. The order matters for the
     * last bits of the floating-point moments, so the engine always merges in path order.
     */
    public void merge(PartialResult next) {
        if (next.firstPath != firstPath + paths) {
            throw new IllegalArgumentException("blocks must be merged in path order: expected first path "
                    + (firstPath + paths) + ", got " + next.firstPath);
        }
        paths += next.paths;
        slashed += next.slashed;
        shortfall += next.shortfall;
        stakerLoss += next.stakerLoss;
        downsideSquares += next.downsideSquares;
        slashEvents.merge(next.slashEvents);
        slashedUsd.merge(next.slashedUsd);
        slashedFraction.merge(next.slashedFraction);
        deficitUsd.merge(next.deficitUsd);
        reserveUsedUsd.merge(next.reserveUsedUsd);
        backstopValueEndUsd.merge(next.backstopValueEndUsd);
        stakerApr.merge(next.stakerApr);
        stakerAprGross.merge(next.stakerAprGross);
        lossesUsd.merge(next.lossesUsd);
        sweptUsd.merge(next.sweptUsd);
        firstSlashDay.merge(next.firstSlashDay);
        for (int k = 0; k < firstSlashAt.length; k++) {
            firstSlashAt[k] += next.firstSlashAt[k];
            firstShortfallAt[k] += next.firstShortfallAt[k];
        }
        lowestApr.merge(next.lowestApr);
        highestDeficit.merge(next.highestDeficit);
    }
}
