package dev.backstop.core.model;

/**
 * Correlation of the Brownian parts of two assets' log prices. Immutable and thread-safe.
 *
 * @param a   first asset symbol
 * @param b   second asset symbol, different from {@code a}
 * @param rho correlation in [-1, 1]
 */
public record Correlation(String a, String b, double rho) {
    public Correlation {
        Check.name(a, "correlation asset");
        Check.name(b, "correlation asset");
        Check.that(!a.equals(b), "an asset cannot be correlated with itself: " + a);
        Check.inRange(rho, -1, 1, "correlation " + a + " " + b);
    }
}
