package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The per-step exponential against the correctly rounded-or-nearly {@code StrictMath.exp}. */
class StepExpTest {

    private static double ulps(double got, double want) {
        return Math.abs(got - want) / Math.ulp(want);
    }

    @Test
    void thePolynomialIsWithinTwoUlpsOfExpOnItsRange() {
        double worst = 0;
        int n = 1_000_001;
        for (int i = 0; i < n; i++) {
            double y = -StepExp.BOUND + 2 * StepExp.BOUND * i / (n - 1);
            worst = Math.max(worst, ulps(StepExp.small(y), StrictMath.exp(y)));
        }
        assertTrue(worst <= 2, "worst error " + worst + " ulps");
        assertEquals(1.0, StepExp.small(0.0), 0.0, "exp(0) = 1 exactly: a price that does not move stays put");
    }

    @Test
    void multiplyUsesExpBeyondTheBoundAndAgreesWithinTheBound() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 1000;
        double[] target = new double[n];
        double[] change = new double[n];
        double[] factor = new double[n];
        double[] start = new double[n];
        for (int p = 0; p < n; p++) {
            start[p] = target[p] = 1 + r.nextDouble() * 1e9;
            change[p] = p % 10 == 0 ? -3 + 6 * r.nextDouble() : -0.2 + 0.4 * r.nextDouble(); // every tenth: a crash
        }
        change[7] = Double.NaN;
        double scale = -0.8;
        StepExp.multiply(target, change, scale, factor, n);
        for (int p = 0; p < n; p++) {
            double want = start[p] * StrictMath.exp(scale * change[p]);
            if (p == 7) {
                assertTrue(Double.isNaN(target[p]));
            } else {
                assertTrue(ulps(target[p], want) <= 3, "lane " + p + ": " + ulps(target[p], want) + " ulps");
            }
        }
    }

    /** A year of daily steps: the product stays within 10^-13 of exp of the summed changes. */
    @Test
    void aYearOfStepsDriftsByAFewHundredUlpsAtMost() {
        SplittableRandom r = new SplittableRandom(5);
        double[] target = {150};
        double[] change = new double[1];
        double[] factor = new double[1];
        double sum = 0;
        for (int k = 0; k < 365; k++) {
            change[0] = 0.047 * (r.nextDouble() * 2 - 1) * 3;
            sum += change[0];
            StepExp.multiply(target, change, 1, factor, 1);
        }
        double want = 150 * StrictMath.exp(sum);
        assertEquals(want, target[0], want * 1e-13);
    }
}
