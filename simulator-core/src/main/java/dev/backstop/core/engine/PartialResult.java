package dev.backstop.core.engine;

import dev.backstop.core.stats.LowerTail;
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
    final LowerTail lowestApr;
    final LowerTail highestDeficit;

    PartialResult(long totalPaths, long firstPath, int steps, LowerTail lowestApr, LowerTail highestDeficit) {
        this.totalPaths = totalPaths;
        this.firstPath = firstPath;
        this.firstSlashAt = new long[steps];
        this.firstShortfallAt = new long[steps];
        this.lowestApr = lowestApr;
        this.highestDeficit = highestDeficit;
    }

    /** Whether the tail percentiles of this result are exact (else from the sketch). */
    public boolean exactTails() {
        return lowestApr.isExact() && highestDeficit.isExact();
    }

    public long firstPath() {
        return firstPath;
    }

    public long paths() {
        return paths;
    }

    /** Adds the outcome of lane {@code p} of the group just simulated (the next path of this block). */
    void add(LockstepSimulator s, int p, double[] dayAtEndOfStep, double riskFree) {
        paths++;
        int firstSlash = s.firstSlashStep[p];
        if (firstSlash >= 0) {
            slashed++;
            firstSlashAt[firstSlash]++;
            firstSlashDay.add(dayAtEndOfStep[firstSlash + 1]);
        }
        if (s.firstShortfallStep[p] >= 0) {
            shortfall++;
            firstShortfallAt[s.firstShortfallStep[p]]++;
        }
        double apr = s.stakerApr[p];
        if (apr < 0) {
            stakerLoss++;
        }
        double down = Math.min(0, apr - riskFree);
        downsideSquares += down * down;
        slashEvents.add(s.slashEvents[p]);
        slashedUsd.add(s.slashedUsd[p]);
        slashedFraction.add(1 - s.holderFactor[p]);
        deficitUsd.add(s.deficitUsd(p));
        reserveUsedUsd.add(s.reserveUsedUsd[p]);
        backstopValueEndUsd.add(s.backstopValueEndUsd[p]);
        stakerApr.add(apr);
        stakerAprGross.add(s.stakerAprGross[p]);
        lossesUsd.add(s.lossesUsd[p]);
        sweptUsd.add(s.sweptUsd[p]);
        lowestApr.add(apr);
        highestDeficit.add(-s.deficitUsd(p));
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
