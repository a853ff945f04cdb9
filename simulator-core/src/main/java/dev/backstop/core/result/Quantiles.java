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
}
