package dev.backstop.core.model;

/**
 * How large one loss event is (SPEC §1.2 step 5): a distribution in USD, or of a fraction of the
 * current TVL ({@code fraction beta(2, 50) of tvl}). Negative draws count as zero.
 * Immutable and thread-safe.
 */
public record Severity(Distribution distribution, boolean fractionOfTvl) {
    public Severity {
        Check.notNull(distribution, "severity");
    }

    public static Severity usd(Distribution d) {
        return new Severity(d, false);
    }

    public static Severity fractionOfTvl(Distribution d) {
        return new Severity(d, true);
    }
}
