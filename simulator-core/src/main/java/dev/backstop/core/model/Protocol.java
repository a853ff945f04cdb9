package dev.backstop.core.model;

import java.util.Optional;

/**
 * The protocol whose losses the backstop covers (SPEC §1.2 steps 1–2). Immutable and thread-safe.
 *
 * @param tvl         starting size in USD, &ge; 0
 * @param follows     asset whose price the TVL follows, if any
 * @param beta        elasticity of TVL to that asset's price: {@code TVL = tvl·(P/P0)^beta}
 * @param revenueRate revenue per year as a fraction of TVL
 */
public record Protocol(double tvl, Optional<String> follows, double beta, double revenueRate) {
    public Protocol {
        Check.nonNegative(tvl, "protocol tvl");
        Check.notNull(follows, "follows");
        Check.inRange(beta, -10, 10, "protocol beta");
        Check.inRange(revenueRate, 0, 10, "protocol revenue");
    }

    public static Protocol of(double tvl) {
        return new Protocol(tvl, Optional.empty(), 1, 0);
    }

    public Protocol withTvl(double v) { return new Protocol(v, follows, beta, revenueRate); }
    public Protocol withBeta(double v) { return new Protocol(tvl, follows, v, revenueRate); }
    public Protocol withRevenueRate(double v) { return new Protocol(tvl, follows, beta, v); }
    public Protocol withFollows(String asset, double beta) {
        return new Protocol(tvl, Optional.of(asset), beta, revenueRate);
    }
}
