package dev.backstop.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A complete scenario: the parameters of SPEC §1, nothing about how they are simulated.
 * Immutable and thread-safe; change a setting with the {@code withX} copies or
 * {@link ParameterPath#apply}.
 *
 * <p>The compact constructor checks what involves more than one block: declared assets,
 * {@code inflow + revenue_share <= 100%}, and that elastic stakers ask for more than the
 * underlying yield.
 *
 * @param name        title as written in {@code scenario "..."}
 * @param horizonDays simulated days, &gt; 0
 * @param stepDays    days per step, &gt; 0 (the last step is shorter if it does not divide the horizon)
 * @param paths       number of simulated paths, &ge; 1
 * @param seed        seed of the random numbers
 */
public record Scenario(String name, double horizonDays, double stepDays, long paths, long seed,
                       Market market, Protocol protocol, Reserve reserve, List<LossSource> losses,
                       Backstop backstop, Stakers stakers) {

    /** Largest number of steps of one path (a step of 1 hour over 100 years is 876,000). */
    public static final int MAX_STEPS = 1_000_000;
    /** Largest horizon: 100 years. */
    public static final double MAX_HORIZON_DAYS = 36_500;
    /** Largest path count accepted (10^12). */
    public static final long MAX_PATHS = 1_000_000_000_000L;

    public Scenario {
        Check.notNull(name, "scenario name");
        Check.inRange(horizonDays, 0, MAX_HORIZON_DAYS, "horizon");
        Check.that(horizonDays > 0, "horizon must be greater than zero");
        Check.inRange(stepDays, 0, MAX_HORIZON_DAYS, "step");
        Check.that(stepDays > 0, "step must be greater than zero");
        Check.that(Math.ceil(horizonDays / stepDays) <= MAX_STEPS,
                "horizon / step gives more than " + MAX_STEPS + " steps");
        Check.that(paths >= 1 && paths <= MAX_PATHS, "paths must be between 1 and " + MAX_PATHS + ", got " + paths);
        Check.notNull(market, "market");
        Check.notNull(protocol, "protocol");
        Check.notNull(reserve, "reserve");
        losses = List.copyOf(Check.notNull(losses, "losses"));
        Check.notNull(backstop, "backstop");
        Check.notNull(stakers, "stakers");

        protocol.follows().ifPresent(a -> Check.that(market.asset(a).isPresent(),
                "protocol follows undeclared asset " + a));
        Check.that(backstop.isUsd() || market.asset(backstop.asset()).isPresent(),
                "backstop asset " + backstop.asset() + " is not declared in the market");
        Set<String> names = new HashSet<>();
        for (LossSource s : losses) {
            Check.that(names.add(s.name()), "loss source " + s.name() + " is declared twice");
            s.onCrash().ifPresent(o -> Check.that(market.asset(o.asset()).isPresent(),
                    "loss source " + s.name() + " on_crash names undeclared asset " + o.asset()));
        }
        Check.that(reserve.inflow() + backstop.rewards().revenueShare() <= 1 + 1e-12,
                "reserve inflow + rewards revenue_share must not exceed 100%");
        Check.that(stakers.elasticity() == 0 || stakers.requiredYield() > backstop.rewards().underlyingYield(),
                "stakers with elasticity > 0 need required_yield above the underlying_yield");
    }

    /**
     * A minimal scenario with the SPEC's defaults: 365 days in daily steps, 10,000 paths, seed 1,
     * no market, a protocol of the given TVL, no reserve, no losses, a USD backstop of the given stake.
     */
    public static Scenario of(String name, double tvl, double stakeUsd) {
        return new Scenario(name, 365, 1, 10_000, 1, Market.EMPTY, Protocol.of(tvl), Reserve.NONE,
                List.of(), Backstop.usd(stakeUsd), Stakers.DEFAULT);
    }

    /** Number of steps {@code N = ceil(horizon / step)} (SPEC §1). */
    public int steps() {
        return (int) Math.ceil(horizonDays / stepDays - 1e-9);
    }

    public Optional<LossSource> loss(String sourceName) {
        return losses.stream().filter(s -> s.name().equals(sourceName)).findFirst();
    }

    public Scenario withName(String v) { return new Scenario(v, horizonDays, stepDays, paths, seed, market, protocol, reserve, losses, backstop, stakers); }
    public Scenario withHorizonDays(double v) { return new Scenario(name, v, stepDays, paths, seed, market, protocol, reserve, losses, backstop, stakers); }
    public Scenario withStepDays(double v) { return new Scenario(name, horizonDays, v, paths, seed, market, protocol, reserve, losses, backstop, stakers); }
    public Scenario withPaths(long v) { return new Scenario(name, horizonDays, stepDays, v, seed, market, protocol, reserve, losses, backstop, stakers); }
    public Scenario withSeed(long v) { return new Scenario(name, horizonDays, stepDays, paths, v, market, protocol, reserve, losses, backstop, stakers); }
    public Scenario withMarket(Market v) { return new Scenario(name, horizonDays, stepDays, paths, seed, v, protocol, reserve, losses, backstop, stakers); }
    public Scenario withProtocol(Protocol v) { return new Scenario(name, horizonDays, stepDays, paths, seed, market, v, reserve, losses, backstop, stakers); }
    public Scenario withReserve(Reserve v) { return new Scenario(name, horizonDays, stepDays, paths, seed, market, protocol, v, losses, backstop, stakers); }
    public Scenario withLosses(List<LossSource> v) { return new Scenario(name, horizonDays, stepDays, paths, seed, market, protocol, reserve, v, backstop, stakers); }
    public Scenario withBackstop(Backstop v) { return new Scenario(name, horizonDays, stepDays, paths, seed, market, protocol, reserve, losses, v, stakers); }
    public Scenario withStakers(Stakers v) { return new Scenario(name, horizonDays, stepDays, paths, seed, market, protocol, reserve, losses, backstop, v); }

    /** A copy with the named loss source replaced by {@code replacement} (matched by name). */
    public Scenario withLoss(LossSource replacement) {
        return withLosses(losses.stream().map(s -> s.name().equals(replacement.name()) ? replacement : s).toList());
    }
}
