package dev.backstop.core;

import dev.backstop.core.model.Asset;
import dev.backstop.core.model.Backstop;
import dev.backstop.core.model.Cap;
import dev.backstop.core.model.Correlation;
import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.Emissions;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.Market;
import dev.backstop.core.model.OnCrash;
import dev.backstop.core.model.Protocol;
import dev.backstop.core.model.Reserve;
import dev.backstop.core.model.Rewards;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Severity;
import dev.backstop.core.model.Stakers;
import dev.backstop.core.model.WaterfallOrder;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.PoissonDistribution;

/** Scenarios built in Java for the core's tests (shared through the test-jar). */
public final class TestScenarios {
    private TestScenarios() {}

    /** The SPEC §2 example, every feature switched on. */
    public static Scenario lendingNative() {
        Asset eth = new Asset("ETH", 3000, 0, 0.70, 0.5, Optional.of(new Distribution.Uniform(0.15, 0.40)));
        Asset aave = new Asset("AAVE", 150, 0, 0.90, 1, Optional.of(new Distribution.Uniform(0.20, 0.55)));
        Market market = new Market(List.of(eth, aave), List.of(new Correlation("ETH", "AAVE", 0.75)));
        Protocol protocol = new Protocol(10e9, Optional.of("ETH"), 0.8, 0.008);
        Reserve reserve = new Reserve(50e6, 0.15, OptionalDouble.of(0.01));
        LossSource badDebt = new LossSource("bad_debt", "Liquidation bad debt", 1,
                Optional.of(new OnCrash("ETH", 0.6)), Severity.usd(new Distribution.LogNormal(5e6, 1.2)),
                Optional.of(Cap.ofTvl(0.02)));
        LossSource exploit = new LossSource("exploit", "exploit", 0.1, Optional.empty(),
                Severity.usd(new Distribution.Pareto(10e6, 1.3)), Optional.of(Cap.ofTvl(0.25)));
        Backstop backstop = new Backstop("AAVE", 2.5e6, 0.30, 0.15, 20, WaterfallOrder.RESERVE_FIRST,
                new Rewards(0.10, Emissions.flat(400 * 365), 0));
        Stakers stakers = new Stakers(0.08, 2, 0.20, 0.04);
        return new Scenario("Lending protocol, native-token backstop", 365, 1, 100_000, 42, market, protocol,
                reserve, List.of(badDebt, exploit), backstop, stakers);
    }

    /**
     * {@code P(S > x)} for the year's total loss S of {@link #compoundPoisson}: Poisson({@code rate})
     * claims of exponential sizes with mean {@code meanLoss},
     * {@code Σ_n P(N = n) · P(Poisson(x / meanLoss) ≤ n − 1)} (n claims exceed x iff fewer than n
     * arrivals of a rate-1/meanLoss Poisson process fall in [0, x]).
     */
    public static double compoundPoissonTail(double rate, double meanLoss, double x) {
        PoissonDistribution count = new PoissonDistribution(rate);
        PoissonDistribution erlang = new PoissonDistribution(x / meanLoss);
        double p = 0;
        for (int n = 1; n < 200; n++) {
            p += count.probability(n) * erlang.cumulativeProbability(n - 1);
        }
        return p;
    }

    /** A USD backstop against one compound-Poisson loss source with exponential severities. */
    public static Scenario compoundPoisson(double rate, double meanLoss, double reserve, double stake, long paths) {
        return Scenario.of("compound Poisson", 1e9, stake)
                .withReserve(Reserve.of(reserve))
                .withLosses(List.of(LossSource.of("claims", rate, Severity.usd(new Distribution.Exponential(meanLoss)))))
                .withPaths(paths)
                .withSeed(20261120);
    }
}
