package dev.backstop.core.stats;

/**
 * The lower tail of a stream of numbers, enough for a type-7 percentile at {@code p} and the mean of
 * the smallest share {@code alpha} (SPEC §1.4). For an upper tail, add negated values.
 * Implementations: {@link ExactLowerTail} (exact order statistics) and {@link SketchLowerTail}
 * (a log-bucket sketch, past the exact limit). Mutable; not thread-safe.
 */
public interface LowerTail {
    void add(double x);

    /** Adds everything the other tail (of the same kind) holds. */
    void merge(LowerTail other);

    /** Type-7 percentile at {@code p} of all {@code n} values added. */
    double percentile(long n, double p);

    /** Mean of the smallest {@code alpha·n} values, the boundary value weighted by its fraction. */
    double tailMean(long n, double alpha);

    /** Whether the answers are exact. */
    boolean isExact();
}
