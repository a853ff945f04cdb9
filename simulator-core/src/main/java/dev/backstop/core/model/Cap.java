package dev.backstop.core.model;

/**
 * Upper bound of one loss event: an amount in USD, or a share of the current TVL.
 * Immutable and thread-safe.
 */
public record Cap(double value, boolean fractionOfTvl) {
    public Cap {
        Check.nonNegative(value, "cap");
        if (fractionOfTvl) {
            Check.inRange(value, 0, 100, "cap");
        }
    }

    public static Cap ofUsd(double v) {
        return new Cap(v, false);
    }

    public static Cap ofTvl(double v) {
        return new Cap(v, true);
    }

    /** The cap in USD for the given TVL. */
    public double amountUsd(double tvl) {
        return fractionOfTvl ? value * tvl : value;
    }
}
