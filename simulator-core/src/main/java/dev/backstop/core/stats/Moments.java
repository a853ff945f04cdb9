package dev.backstop.core.stats;

/**
 * Count, mean and sum of squared deviations of a stream of numbers: Welford's update for single
 * values and Chan et al.'s parallel formula to merge two parts (the scheme of Hipparchus'
 * {@code SecondMoment}; written out here because the engine needs a primitive, allocation-free
 * accumulator in its hot loop). Merging parts in a fixed order gives bit-identical results whatever
 * the number of threads. Mutable; not thread-safe.
 */
public final class Moments {
    private long n;
    private double mean;
    private double m2;

    public void add(double x) {
        n++;
        double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
    }

    /** Adds the other part's observations, as if they had come after this part's. */
    public void merge(Moments o) {
        if (o.n == 0) {
            return;
        }
        if (n == 0) {
            n = o.n;
            mean = o.mean;
            m2 = o.m2;
            return;
        }
        long total = n + o.n;
        double d = o.mean - mean;
        mean += d * o.n / total;
        m2 += o.m2 + d * d * ((double) n * o.n / total);
        n = total;
    }

    public long count() {
        return n;
    }

    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** Sample variance (n − 1 in the denominator); 0 for a single observation. */
    public double variance() {
        return n > 1 ? Math.max(0, m2 / (n - 1)) : 0;
    }

    public double sd() {
        return Math.sqrt(variance());
    }

    public Moments copy() {
        Moments c = new Moments();
        c.n = n;
        c.mean = mean;
        c.m2 = m2;
        return c;
    }
}
