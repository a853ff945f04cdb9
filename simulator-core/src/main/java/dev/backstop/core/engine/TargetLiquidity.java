package dev.backstop.core.engine;

import dev.backstop.core.model.Emissions;

/**
 * The pool size {@code B*} at which rewards pay exactly the stakers' required yield
 * (SPEC §1.2 step 7): {@code (K + e(B*)·P) / (B*·P) + underlying = required}, with {@code K} the
 * revenue share in USD per year and {@code e} the emission rate. Stateless.
 *
 * <p>The SPEC allows bisection for Umbrella's curve; the curve is piecewise quadratic in {@code B},
 * so each piece has a closed-form root, and we take the one that lies in its piece. The left side
 * falls as {@code B} grows, so exactly one piece holds the root. This costs a square root instead
 * of ~50 bisection steps in every step of every path. {@code TargetLiquidityTest} checks it against
 * commons-math3's Brent solver.
 */
public final class TargetLiquidity {
    private TargetLiquidity() {}

    /**
     * @param revenueUsdPerYear {@code revenue_share · revenue_rate · TVL}
     * @param maxUsdPerYear     emission rate (flat) or curve maximum, in USD per year
     * @param xPerUnit          {@code x = B · xPerUnit} (1/T for a target in asset units, P/T in USD);
     *                          0 for flat emissions
     * @param price             backstop asset price in USD
     * @param netYield          {@code required_yield − underlying_yield}, &gt; 0
     * @return {@code B*} in asset units, &ge; 0
     */
    public static double equilibriumPool(double revenueUsdPerYear, double maxUsdPerYear, double xPerUnit,
                                         double price, double netYield) {
        double k = revenueUsdPerYear;
        double m = maxUsdPerYear;
        double yp = netYield * price;
        if (yp <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (xPerUnit == 0) {
            return Math.max(0, (k + m) / yp);
        }
        double s = xPerUnit;
        // piece 1, x <= 1: K + M(2sB − s²B²) = yP·B  →  M s² B² + (yP − 2Ms) B − K = 0
        double a = m * s * s;
        double b = yp - 2 * m * s;
        double root;
        if (a > 0) {
            double disc = b * b + 4 * a * k;
            // the larger root; written to avoid cancellation when b > 0
            root = b > 0 ? (2 * k) / (b + Math.sqrt(disc)) : (-b + Math.sqrt(disc)) / (2 * a);
        } else {
            root = b > 0 ? k / b : 0;
        }
        if (root * s <= 1) {
            return Math.max(0, root);
        }
        // piece 2, 1 < x <= 1.2: K + M(2 − sB) = yP·B
        double r2 = (k + 2 * m) / (yp + m * s);
        if (r2 * s <= 1.2) {
            return r2;
        }
        // piece 3, x > 1.2: K + 0.8 M = yP·B
        return (k + 0.8 * m) / yp;
    }

    /** The left side of the equation, for tests: the pool's yield in asset terms at size {@code b}. */
    public static double poolYield(double b, double revenueUsdPerYear, double maxUsdPerYear, double xPerUnit,
                                   double price) {
        double e = xPerUnit == 0 ? maxUsdPerYear : maxUsdPerYear * Emissions.curveFactor(b * xPerUnit);
        return (revenueUsdPerYear + e) / (b * price);
    }
}
