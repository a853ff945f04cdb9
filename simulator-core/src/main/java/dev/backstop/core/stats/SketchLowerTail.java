package dev.backstop.core.stats;

import java.util.Arrays;

/**
 * A mergeable log-bucket sketch (the scheme of DDSketch, Masson et al., VLDB 2019) used for tail
 * percentiles past the exact limit: values are counted in buckets {@code (γ^(k−1), γ^k]} of
 * {@code |x|} with {@code γ = 1.002}, so any value is known to within 0.1 % relative error; values
 * below 10^-9 in magnitude count as zero. Each bucket also keeps the sum of its values, so a tail
 * mean is exact over whole buckets and interpolated only in the boundary bucket.
 *
 * <p>Counts are integers and sums are added in the engine's fixed block order, so merged sketches
 * are bit-identical whatever the thread count. Memory is a few arrays over the range of keys
 * actually seen: at most about 2·20,000 buckets for values between 10^-9 and 10^15.
 * Mutable; not thread-safe.
 */
public final class SketchLowerTail implements LowerTail {
    static final double GAMMA = 1.002;
    static final double LOG_GAMMA = Math.log(GAMMA);
    static final double ZERO = 1e-9;

    private final Store positive = new Store();
    private final Store negative = new Store();
    private long zeros;
    private double zeroSum;

    @Override
    public void add(double x) {
        if (x > ZERO) {
            positive.add(key(x), x);
        } else if (x < -ZERO) {
            negative.add(key(-x), x);
        } else {
            zeros++;
            zeroSum += x;
        }
    }

    static int key(double magnitude) {
        return (int) Math.ceil(Math.log(magnitude) / LOG_GAMMA);
    }

    /** Merges another sketch, or every value an exact tail holds (blocks keep exact tails). */
    @Override
    public void merge(LowerTail other) {
        if (other instanceof ExactLowerTail exact) {
            for (double x : exact.values()) {
                add(x);
            }
            return;
        }
        SketchLowerTail o = (SketchLowerTail) other;
        positive.merge(o.positive);
        negative.merge(o.negative);
        zeros += o.zeros;
        zeroSum += o.zeroSum;
    }

    /** Visits buckets in ascending order of value. */
    private interface Visitor {
        /** @return true to stop */
        boolean bucket(long count, double sum);
    }

    private void ascending(Visitor v) {
        for (int k = negative.maxKey(); k >= negative.minKey(); k--) {
            long c = negative.count(k);
            if (c > 0 && v.bucket(c, negative.sum(k))) {
                return;
            }
        }
        if (zeros > 0 && v.bucket(zeros, zeroSum)) {
            return;
        }
        for (int k = positive.minKey(); k <= positive.maxKey(); k++) {
            long c = positive.count(k);
            if (c > 0 && v.bucket(c, positive.sum(k))) {
                return;
            }
        }
    }

    /** The order statistic {@code i} (0-based), represented by its bucket's mean. */
    double orderStatistic(long i) {
        double[] out = {Double.NaN};
        long[] seen = {0};
        ascending((count, sum) -> {
            seen[0] += count;
            if (seen[0] > i) {
                out[0] = sum / count;
                return true;
            }
            return false;
        });
        return out[0];
    }

    @Override
    public double percentile(long n, double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        long lo = (long) Math.floor(h);
        double a = orderStatistic(lo);
        if (lo >= n - 1) {
            return a;
        }
        return a + (h - lo) * (orderStatistic(lo + 1) - a);
    }

    @Override
    public double tailMean(long n, double alpha) {
        double want = alpha * n;
        if (n == 0) {
            return Double.NaN;
        }
        if (want < 1) {
            return orderStatistic(0);
        }
        double[] acc = {0, 0}; // count taken, sum taken
        ascending((count, sum) -> {
            double room = want - acc[0];
            if (count <= room) {
                acc[0] += count;
                acc[1] += sum;
                return acc[0] >= want;
            }
            acc[1] += room * (sum / count);
            acc[0] = want;
            return true;
        });
        return acc[1] / want;
    }

    @Override
    public boolean isExact() {
        return false;
    }

    /** Counts and sums by bucket key, in arrays that grow to the range of keys seen. */
    private static final class Store {
        private long[] counts = new long[0];
        private double[] sums = new double[0];
        private int offset;

        void add(int key, double x) {
            ensure(key);
            counts[key - offset]++;
            sums[key - offset] += x;
        }

        void merge(Store o) {
            for (int i = 0; i < o.counts.length; i++) {
                if (o.counts[i] > 0) {
                    int key = i + o.offset;
                    ensure(key);
                    counts[key - offset] += o.counts[i];
                    sums[key - offset] += o.sums[i];
                }
            }
        }

        int minKey() {
            return offset;
        }

        int maxKey() {
            return offset + counts.length - 1;
        }

        long count(int key) {
            return counts[key - offset];
        }

        double sum(int key) {
            return sums[key - offset];
        }

        private void ensure(int key) {
            if (counts.length == 0) {
                offset = key;
                counts = new long[1];
                sums = new double[1];
                return;
            }
            // grow with as much headroom again as the store has, so that n insertions cost O(n)
            if (key < offset) {
                int grow = offset - key + counts.length;
                counts = prepend(counts, grow);
                sums = prepend(sums, grow);
                offset -= grow;
            } else if (key >= offset + counts.length) {
                int size = Math.max(key - offset + 1, 2 * counts.length);
                counts = Arrays.copyOf(counts, size);
                sums = Arrays.copyOf(sums, size);
            }
        }

        private static long[] prepend(long[] a, int n) {
            long[] out = new long[a.length + n];
            System.arraycopy(a, 0, out, n, a.length);
            return out;
        }

        private static double[] prepend(double[] a, int n) {
            double[] out = new double[a.length + n];
            System.arraycopy(a, 0, out, n, a.length);
            return out;
        }
    }
}
