package dev.backstop.core.result;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The 95 % intervals of SPEC §1.4. Stateless.
 */
public final class Intervals {
    /** The 97.5 % normal quantile, computed once from commons-math3 rather than typed in. */
    public static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private Intervals() {}

    /**
     * Wilson score interval of a proportion. Written out rather than taken from commons-math3's
     * {@code WilsonScoreInterval}, which needs int counts (we count up to 10^12 paths) and throws
     * on zero trials.
     */
    public static Estimate wilson(long successes, long trials) {
        if (trials <= 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denom;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;
        double lo = Math.max(0, centre - half);
        double hi = Math.min(1, centre + half);
        // Guard the exact ends against rounding: 0 successes must give lo = 0, all must give hi = 1.
        if (successes == 0) {
            lo = 0;
        }
        if (successes == trials) {
            hi = 1;
        }
        return new Estimate(p, Math.min(lo, p), Math.max(hi, p));
    }

    /** Normal interval of a mean: {@code mean ± z·sd/√n}. */
    public static Estimate normalMean(double mean, double sd, long n) {
        if (n <= 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN);
        }
        double half = n > 1 ? Z95 * sd / Math.sqrt(n) : 0;
        return new Estimate(mean, mean - half, mean + half);
    }
}
