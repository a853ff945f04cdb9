package dev.backstop.core.stats;

import dev.backstop.core.result.Quantiles;

/**
 * Exact lower tail: keeps the smallest values that the percentile and tail mean need
 * ({@link Quantiles#lowerTailSize}). Mutable; not thread-safe.
 */
public final class ExactLowerTail implements LowerTail {
    private final BoundedTail kept;
    /** The kept values sorted, computed at the first read-out after a change (tails reach 10^7 values). */
    private double[] sorted;

    public ExactLowerTail(int capacity) {
        this.kept = new BoundedTail(capacity);
    }

    @Override
    public void add(double x) {
        sorted = null;
        kept.add(x);
    }

    /** The kept values in ascending order. */
    double[] values() {
        if (sorted == null) {
            sorted = kept.sortedAscending();
        }
        return sorted;
    }

    @Override
    public void merge(LowerTail other) {
        sorted = null;
        kept.merge(((ExactLowerTail) other).kept);
    }

    @Override
    public double percentile(long n, double p) {
        return Quantiles.type7FromLowerTail(values(), n, p);
    }

    @Override
    public double tailMean(long n, double alpha) {
        return Quantiles.lowerTailMean(values(), n, alpha);
    }

    @Override
    public boolean isExact() {
        return true;
    }
}
