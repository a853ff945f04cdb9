package dev.backstop.core.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backstop.core.result.Quantiles;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tails and moments against a full sort and a two-pass computation of the same data. */
class BoundedTailTest {

    @Test
    void keepsExactlyTheSmallestValuesWhateverTheOrder() {
        SplittableRandom r = new SplittableRandom(1);
        double[] data = r.doubles(10_000).map(x -> Math.log(x)).toArray();
        BoundedTail forward = new BoundedTail(501);
        BoundedTail merged = new BoundedTail(501);
        BoundedTail part = new BoundedTail(501);
        for (int i = 0; i < data.length; i++) {
            forward.add(data[i]);
            (i % 3 == 0 ? part : merged).add(data[data.length - 1 - i]);
        }
        merged.merge(part);
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        assertArrayEquals(Arrays.copyOf(sorted, 501), forward.sortedAscending());
        assertArrayEquals(forward.sortedAscending(), merged.sortedAscending());
    }

    @Test
    void tailPercentilesEqualFullSortPercentiles() {
        SplittableRandom r = new SplittableRandom(2);
        for (int n : new int[] {1, 2, 7, 100, 1001, 20_000}) {
            double[] data = r.doubles(n).map(x -> x * x - 0.3).toArray();
            double[] sorted = data.clone();
            Arrays.sort(sorted);
            BoundedTail low = new BoundedTail(Quantiles.lowerTailSize(n, 0.05, 0.05));
            BoundedTail high = new BoundedTail(Quantiles.upperTailSize(n, 0.99, 0.01));
            for (double x : data) {
                low.add(x);
                high.add(-x);
            }
            assertEquals(Quantiles.type7Sorted(sorted, 0.05), Quantiles.type7FromLowerTail(low.sortedAscending(), n, 0.05), 0, "n=" + n);
            // the engine keeps deficits negated: their 1 % percentile and lower 1 % mean, negated, are
            // the 99th percentile and the mean of the worst 1 %
            double[] negated = high.sortedAscending();
            assertEquals(Quantiles.type7Sorted(sorted, 0.99), -Quantiles.type7FromLowerTail(negated, n, 1 - 0.99),
                    1e-15, "n=" + n);
            double[] descending = Arrays.stream(sorted).map(x -> -x).sorted().toArray();
            assertEquals(-Quantiles.lowerTailMean(descending, n, 0.01), -Quantiles.lowerTailMean(negated, n, 0.01),
                    1e-15, "n=" + n);
            assertEquals(Quantiles.lowerTailMean(sorted, n, 0.05), Quantiles.lowerTailMean(low.sortedAscending(), n, 0.05), 1e-15);
        }
    }

    /** R's quantile(c(1,2,3,4), 0.05, type = 7) is 1.15; the worst 5 % of 1..100 is the mean of 1..5. */
    @Test
    void type7AndCvarMatchHandComputedValues() {
        assertEquals(1.15, Quantiles.type7Sorted(new double[] {1, 2, 3, 4}, 0.05), 1e-12);
        double[] hundred = new double[100];
        Arrays.setAll(hundred, i -> i + 1);
        assertEquals(3.0, Quantiles.lowerTailMean(hundred, 100, 0.05), 1e-12);
        // 4.5 % of 100: four whole observations and half of the fifth: (1+2+3+4+0.5·5)/4.5
        assertEquals((10 + 2.5) / 4.5, Quantiles.lowerTailMean(hundred, 100, 0.045), 1e-12);
    }

    @Test
    void mergedMomentsEqualTwoPassMoments() {
        SplittableRandom r = new SplittableRandom(3);
        double[] data = r.doubles(5000).map(x -> 1e6 * x).toArray();
        Moments a = new Moments();
        Moments b = new Moments();
        for (int i = 0; i < data.length; i++) {
            (i < 1234 ? a : b).add(data[i]);
        }
        a.merge(b);
        double mean = Arrays.stream(data).average().orElseThrow();
        double var = Arrays.stream(data).map(x -> (x - mean) * (x - mean)).sum() / (data.length - 1);
        assertEquals(mean, a.mean(), 1e-9 * mean);
        assertEquals(var, a.variance(), 1e-9 * var);
        assertEquals(5000, a.count());
    }
}
