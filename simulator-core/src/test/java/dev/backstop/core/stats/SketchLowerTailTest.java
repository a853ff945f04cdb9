package dev.backstop.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backstop.core.result.Quantiles;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sketch used past the exact limit against exact order statistics of the same data: its
 * buckets are 0.2 % wide, so a percentile or tail mean must be within 0.2 % (relative) of the truth.
 */
class SketchLowerTailTest {

    @Test
    void percentilesAndTailMeansWithinTheBucketWidth() {
        SplittableRandom r = new SplittableRandom(4);
        int n = 200_000;
        // APR-like data: mostly positive, a fat negative tail, some exact zeros
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            data[i] = u < 0.03 ? -Math.exp(3 * r.nextDouble()) / 10 : u < 0.05 ? 0 : 0.08 + 0.05 * r.nextGaussian();
        }
        SketchLowerTail sketch = new SketchLowerTail();
        SketchLowerTail half = new SketchLowerTail();
        ExactLowerTail blockOfValues = new ExactLowerTail(n);
        for (int i = 0; i < n; i++) {
            if (i < n / 2) {
                sketch.add(data[i]);
            } else if (i < 3 * n / 4) {
                half.add(data[i]);
            } else {
                blockOfValues.add(data[i]);
            }
        }
        sketch.merge(half);
        sketch.merge(blockOfValues);
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        for (double p : new double[] {0.001, 0.01, 0.05, 0.5}) {
            double exact = Quantiles.type7Sorted(sorted, p);
            assertEquals(exact, sketch.percentile(n, p), 0.002 * Math.abs(exact) + 1e-9, "p=" + p);
        }
        for (double alpha : new double[] {0.01, 0.05}) {
            double exact = Quantiles.lowerTailMean(sorted, n, alpha);
            assertEquals(exact, sketch.tailMean(n, alpha), 0.002 * Math.abs(exact), "alpha=" + alpha);
        }
    }
}
