package dev.backstop.core.stats;

import dev.backstop.core.result.Quantiles;

/**
 * Exact lower tail: keeps the smallest values that the percentile and tail mean need
 * ({@link Quantiles#lowerTailSize}). Mutable; not thread-safe.
 */
public final class ExactLowerTail implements LowerTail {
    private final BoundedTail kept;

    public ExactLowerTail(int capacity) {
        this.kept = new BoundedTail(capacity);
    }

    @Override
    public void add(double x) {
        kept.add(x);
    }

    /** The kept values in ascending order. */
    double[] values() {
        return kept.sortedAscending();
    }

    @Override
    public void merge(LowerTail other) {
        kept.merge(((ExactLowerTail) other).kept);
    }

    @Override
    public double percentile(long n, double p) {
        return Quantiles.type7FromLowerTail(kept.sortedAscending(), n, p);
    }

    @Override
    public double tailMean(long n, double alpha) {
        return Quantiles.lowerTailMean(kept.sortedAscending(), n, alpha);
    }

    @Override
    public boolean isExact() {
        return true;
    }
}
