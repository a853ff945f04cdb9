package dev.backstop.core.engine;

/**
 * Poisson counts by inversion of one uniform draw. One uniform per count, whatever the count, keeps
 * every later draw of a path at the same place in its stream when a rate changes, and makes the
 * count a monotone function of the rate for a fixed draw: sweeps over rates stay smooth under
 * common random numbers. For the small means of daily steps the search ends after one comparison.
 * Immutable and thread-safe.
 */
public final class PoissonInversion {
    private final double mean;
    private final double p0;
    private final int start;
    private final double cdfBeforeStart;
    private final double pmfAtStart;

    public PoissonInversion(double mean) {
        if (!(mean >= 0) || mean > 1e7) {
            throw new IllegalArgumentException("Poisson mean must be in [0, 1e7], got " + mean);
        }
        this.mean = mean;
        this.p0 = Math.exp(-mean);
        // For large means, start the search at the mode (where the mass is) instead of at 0, whose
        // probability underflows; the CDF up to the mode comes from commons-math3.
        if (mean >= 30) {
            this.start = (int) Math.floor(mean);
            org.apache.commons.math3.distribution.PoissonDistribution d =
                    new org.apache.commons.math3.distribution.PoissonDistribution(null, mean,
                            org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_EPSILON,
                            org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_MAX_ITERATIONS);
            this.cdfBeforeStart = d.cumulativeProbability(start - 1);
            this.pmfAtStart = d.probability(start);
        } else {
            this.start = 0;
            this.cdfBeforeStart = 0;
            this.pmfAtStart = p0;
        }
    }

    public double mean() {
        return mean;
    }

    /** The count whose CDF interval holds {@code u} in [0, 1). */
    public int count(double u) {
        if (u < p0) {
            return 0;
        }
        int k = start;
        double pmf = pmfAtStart;
        double cdf = cdfBeforeStart + pmf;
        if (u < cdfBeforeStart) {
            // walk down from the mode
            double lower = cdfBeforeStart;
            while (k > 0) {
                pmf = pmf * k / mean;
                k--;
                lower -= pmf;
                if (u >= lower) {
                    return k;
                }
            }
            return 0;
        }
        while (u >= cdf) {
            k++;
            pmf = pmf * mean / k;
            if (pmf == 0 && cdf >= u) {
                break;
            }
            cdf += pmf;
            if (pmf < 1e-300 && k > mean) {
                break; // rounding left u above the CDF's computed limit
            }
        }
        return k;
    }
}
