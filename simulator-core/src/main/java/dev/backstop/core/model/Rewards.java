package dev.backstop.core.model;

/**
 * What stakers earn (SPEC §1.2 step 4). Immutable and thread-safe.
 *
 * @param revenueShare    share of protocol revenue paid to stakers, in [0, 1]
 * @param emissions       token emissions
 * @param underlyingYield what the staked asset earns by itself, per year
 */
public record Rewards(double revenueShare, Emissions emissions, double underlyingYield) {
    public static final Rewards NONE = new Rewards(0, Emissions.NONE, 0);

    public Rewards {
        Check.fraction(revenueShare, "rewards revenue_share");
        Check.notNull(emissions, "emissions");
        Check.inRange(underlyingYield, -1, 10, "rewards underlying_yield");
    }

    public Rewards withRevenueShare(double v) { return new Rewards(v, emissions, underlyingYield); }
    public Rewards withEmissions(Emissions v) { return new Rewards(revenueShare, v, underlyingYield); }
    public Rewards withUnderlyingYield(double v) { return new Rewards(revenueShare, emissions, v); }
}
