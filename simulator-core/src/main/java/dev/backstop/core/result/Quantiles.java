package dev.backstop.core.result;

/**
 * Percentiles and tail means as SPEC §1.4 defines them. Stateless.
 */
public final class Quantiles {
    private Quantiles() {}

    /**
     * Hyndman–Fan type 7 (linear interpolation between order statistics, R's default) of sorted data.
     * Written out: commons-math3's {@code Percentile} defaults to another estimator, and its
     * {@code R_7} mode needs the whole array where we often hold only a tail.
     */
    public static double type7Sorted(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * Mean of the smallest share {@code alpha} of {@code n} observations, given the smallest ones in
     * ascending order: the boundary observation is weighted by its fraction (SPEC §1.4 CVaR).
     * {@code smallest} must hold at least {@code floor(alpha·n) + 1} values (or all n).
     */
    public static double lowerTailMean(double[] smallestAscending, long n, double alpha) {
        if (n == 0) {
            return Double.NaN;
        }
        double count = alpha * n;
        long whole = (long) Math.floor(count);
        double frac = count - whole;
        double sum = 0;
        for (int i = 0; i < whole && i < smallestAscending.length; i++) {
            sum += smallestAscending[i];
        }
        if (frac > 0 && whole < smallestAscending.length) {
            sum += frac * smallestAscending[(int) whole];
        }
        if (count < 1) {
            // fewer than one observation in the tail: the worst observation is the tail
            return smallestAscending[0];
        }
        return sum / count;
    }

    /**
     * Type-7 percentile of {@code n} observations given only the smallest ones in ascending order;
     * {@code smallest} must hold the order statistics up to {@code floor((n − 1)·p) + 1} (or all n).
     */
    public static double type7FromLowerTail(double[] smallestAscending, long n, double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        long lo = (long) Math.floor(h);
        if (lo >= n - 1) {
            return smallestAscending[(int) (n - 1)];
        }
        double a = smallestAscending[(int) lo];
        double b = smallestAscending[(int) lo + 1];
        return a + (h - lo) * (b - a);
    }

    /** How many of the smallest of n observations a type-7 percentile at p and a CVaR at alpha need. */
    public static int lowerTailSize(long n, double p, double alpha) {
        // one spare order statistic absorbs rounding of (n − 1)·p at integer boundaries
        long forPercentile = (long) Math.floor((n - 1) * p) + 3;
        long forTailMean = (long) Math.floor(alpha * n) + 1;
        return (int) Math.min(n, Math.max(forPercentile, forTailMean));
    }

    /** How many of the largest of n observations a type-7 percentile at p and a CVaR of the top alpha need. */
    public static int upperTailSize(long n, double p, double alpha) {
        long forPercentile = n - (long) Math.floor((n - 1) * p) + 2;
        long forTailMean = (long) Math.floor(alpha * n) + 1;
        return (int) Math.min(n, Math.max(forPercentile, forTailMean));
    }
}
