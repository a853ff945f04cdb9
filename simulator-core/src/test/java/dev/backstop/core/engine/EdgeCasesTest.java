package dev.backstop.core.engine;

import dev.backstop.core.EngineExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.model.Asset;
import dev.backstop.core.model.Backstop;
import dev.backstop.core.model.Cap;
import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.Emissions;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.Market;
import dev.backstop.core.model.Protocol;
import dev.backstop.core.model.Reserve;
import dev.backstop.core.model.Rewards;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Severity;
import dev.backstop.core.model.Stakers;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.PathSample;
import dev.backstop.core.result.SimulationResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Numerical edge cases of issue 6, each with the answer it must give (not just "it runs"):
 * zero stake, zero TVL, zero volatility, {@code max_slash 0%}, a cooldown longer than the horizon,
 * a step that does not divide the horizon, Pareto severities with infinite mean with and without a
 * cap, and a billion-dollar loss against a one-dollar reserve. Every result is also checked to be
 * free of NaN and infinity.
 */
class EdgeCasesTest {
    private static final int PATHS = 4_000;
    @RegisterExtension
    static final EngineExtension ENGINE = new EngineExtension();


    private static SimulationResult run(Scenario s) {
        SimulationResult r = ENGINE.get().run(s.withPaths(PATHS).withSeed(6), RunOptions.DEFAULT.withKeepPaths(PATHS));
        for (MetricValue m : r.metrics().all()) {
            m.value().ifPresent(v -> assertTrue(Double.isFinite(v), m.key() + " = " + v));
            m.estimate().ifPresent(e -> assertTrue(Double.isFinite(e.lo()) && Double.isFinite(e.hi())
                    && e.lo() <= e.value() && e.value() <= e.hi(), m.key() + " interval " + e));
        }
        return r;
    }

    private static double[] column(SimulationResult r, PathMeasure m) {
        return r.pathSample().column(m);
    }

    private static LossSource fixedLoss(double usd, double perYear) {
        return LossSource.of("loss", perYear, Severity.usd(new Distribution.Fixed(usd)));
    }

    /** A USD backstop of the given stake, no reserve, one fixed loss of 1M USD about 3 times a year. */
    private static Scenario base(double stake) {
        return Scenario.of("edge", 1e9, stake).withLosses(List.of(fixedLoss(1e6, 3)));
    }

    @Test
    void zeroStakePaysNothingAndEarnsNothing() {
        Scenario s = base(0).withBackstop(Backstop.usd(0).withRewards(new Rewards(0.5, Emissions.flatUsd(1e6), 0)))
                .withProtocol(Protocol.of(1e9).withRevenueRate(0.01));
        SimulationResult r = run(s);
        assertEquals(0, r.metrics().of(MetricKey.P_SLASH));
        assertEquals(0, r.metrics().of(MetricKey.SLASHED_USD_MEAN));
        assertEquals(0, r.metrics().of(MetricKey.BACKSTOP_VALUE_END_USD_MEAN));
        // "nothing is paid into an empty pool" (SPEC §1.2 step 4): the holder unit earns nothing
        assertEquals(0, r.metrics().of(MetricKey.STAKER_APR_MEAN));
        assertEquals(0, r.metrics().of(MetricKey.STAKER_APR_SD));
        assertFalse(r.metrics().value(MetricKey.STAKER_SHARPE).isPresent(), "no Sharpe ratio without spread");
        assertFalse(r.metrics().value(MetricKey.FIRST_SLASH_DAY_MEDIAN).isPresent(), "never slashed");
        double[] losses = column(r, PathMeasure.LOSSES_USD);
        double[] deficit = column(r, PathMeasure.DEFICIT_USD);
        for (int i = 0; i < PATHS; i++) {
            assertEquals(losses[i], deficit[i], "every loss is a deficit on path " + i);
        }
        assertEquals(3e6, r.metrics().of(MetricKey.DEFICIT_USD_MEAN), 4 * Math.sqrt(3) * 1e6 / Math.sqrt(PATHS));
    }

    @Test
    void zeroTvlMeansNoRevenueAndNoLossesSizedByTvl() {
        LossSource fraction = LossSource.of("fraction", 5, Severity.fractionOfTvl(new Distribution.Fixed(0.1)));
        LossSource capped = fixedLoss(1e6, 5).withCap(Cap.ofTvl(0.02));
        double stake = 1e7;
        double emissions = 5e5; // USD per year
        Scenario s = Scenario.of("edge", 0, stake)
                .withProtocol(Protocol.of(0).withRevenueRate(0.05))
                .withReserve(new Reserve(0, 0.5, java.util.OptionalDouble.of(0.01)))
                .withLosses(List.of(fraction, LossSource.of("capped", 5, capped.severity()).withCap(Cap.ofTvl(0.02))))
                .withBackstop(Backstop.usd(stake).withRewards(new Rewards(0.5, Emissions.flatUsd(emissions), 0)));
        SimulationResult r = run(s);
        for (double l : column(r, PathMeasure.LOSSES_USD)) {
            assertEquals(0, l, "a share of a zero TVL is zero");
        }
        assertEquals(0, r.metrics().of(MetricKey.P_SLASH));
        assertEquals(0, r.metrics().of(MetricKey.P_SHORTFALL));
        // no revenue: the stakers earn the emissions alone, E / stake a year, on every path
        assertEquals(emissions / stake, r.metrics().of(MetricKey.STAKER_APR_MEAN), 1e-12);
        assertEquals(emissions / stake, r.metrics().of(MetricKey.STAKER_APR_GROSS_MEAN), 1e-12);
    }

    @Test
    void zeroVolatilityGivesTheDeterministicPricePath() {
        double drift = 0.10;
        Asset tok = new Asset("TOK", 2.0, drift, 0, 0, Optional.empty());
        double stake = 1e6;
        Scenario s = Scenario.of("edge", 1e9, 0)
                .withMarket(Market.of(tok))
                .withProtocol(Protocol.of(1e9).withFollows("TOK", 1))
                .withBackstop(new Backstop("TOK", stake, 1, 0, 0, dev.backstop.core.model.WaterfallOrder.RESERVE_FIRST,
                        Rewards.NONE));
        SimulationResult r = run(s);
        // log P grows by (drift - 0) dt each step: P_T = P_0 e^{drift T} exactly, on every path
        double expected = stake * 2.0 * Math.exp(drift);
        for (double v : column(r, PathMeasure.BACKSTOP_VALUE_END_USD)) {
            assertEquals(expected, v, 1e-9 * expected);
        }
        assertEquals(0, r.metrics().of(MetricKey.P_SLASH));
        assertEquals(0, r.metrics().of(MetricKey.STAKER_APR_SD), 0);
    }

    @Test
    void maxSlashZeroNeverSlashes() {
        Scenario s = base(1e9).withBackstop(Backstop.usd(1e9).withMaxSlash(0)).withReserve(Reserve.of(5e5));
        SimulationResult r = run(s);
        assertEquals(0, r.metrics().of(MetricKey.P_SLASH));
        assertEquals(0, r.metrics().of(MetricKey.SLASH_EVENTS_MEAN));
        assertEquals(0, r.metrics().of(MetricKey.SLASHED_FRACTION_MEAN));
        assertEquals(1e9, r.metrics().of(MetricKey.BACKSTOP_VALUE_END_USD_MEAN), 0);
        double[] losses = column(r, PathMeasure.LOSSES_USD);
        double[] reserve = column(r, PathMeasure.RESERVE_USED_USD);
        double[] deficit = column(r, PathMeasure.DEFICIT_USD);
        for (int i = 0; i < PATHS; i++) {
            assertEquals(Math.min(losses[i], 5e5), reserve[i], "the reserve pays what it can on path " + i);
            assertEquals(losses[i] - reserve[i], deficit[i], "the rest is deficit on path " + i);
        }
        assertTrue(r.metrics().of(MetricKey.P_SHORTFALL) > 0.9);
    }

    @Test
    void aCooldownLongerThanTheHorizonKeepsEveryQueuedUnitInThePool() {
        double stake = 5e6;
        Scenario s = base(stake)
                .withBackstop(Backstop.usd(stake).withMaxSlash(0.1).withCooldownDays(1000))
                .withStakers(new Stakers(0, 0, 1.0, 0));
        SimulationResult r = run(s);
        // panic 100% queues all active stake after the first slash, but nothing leaves before day
        // 1000: the pool at the end is the stake less what was slashed, on every path
        double[] value = column(r, PathMeasure.BACKSTOP_VALUE_END_USD);
        double[] slashed = column(r, PathMeasure.SLASHED_USD);
        for (int i = 0; i < PATHS; i++) {
            assertEquals(stake - slashed[i], value[i], 1e-6, "path " + i);
        }
        assertTrue(r.metrics().of(MetricKey.P_SLASH) > 0.9);

        // the same with a cooldown of 0 days: the panicked stake leaves, and the pool shrinks more
        SimulationResult leaving = run(s.withBackstop(s.backstop().withCooldownDays(0)));
        assertTrue(leaving.metrics().of(MetricKey.BACKSTOP_VALUE_END_USD_MEAN)
                < r.metrics().of(MetricKey.BACKSTOP_VALUE_END_USD_MEAN) / 2);
    }

    @Test
    void aStepThatDoesNotDivideTheHorizonEndsExactlyAtTheHorizon() {
        double tvl = 1e9;
        double revenue = 0.02;
        double share = 0.5;
        double stake = 1e7;
        Scenario s = Scenario.of("edge", tvl, stake).withHorizonDays(10).withStepDays(3)
                .withProtocol(Protocol.of(tvl).withRevenueRate(revenue))
                .withBackstop(Backstop.usd(stake).withRewards(new Rewards(share, Emissions.NONE, 0)));
        SimulationResult r = run(s);
        assertEquals(4, s.steps(), "ceil(10 / 3) steps");
        double[] days = new double[r.survival().size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = r.survival().day(i);
        }
        assertEquals(List.of(0.0, 3.0, 6.0, 9.0, 10.0), java.util.Arrays.stream(days).boxed().toList(),
                "the last step is one day long");
        // rewards over exactly 10 days, annualised: share * revenue * TVL / stake (12 days would give 1.2 times it)
        assertEquals(share * revenue * tvl / stake, r.metrics().of(MetricKey.STAKER_APR_GROSS_MEAN), 1e-12);
    }

    @Test
    void paretoWithInfiniteMeanStaysFiniteWithoutCap() {
        for (double alpha : new double[] {1.0, 0.5}) {
            Scenario s = Scenario.of("edge", 1e9, 0)
                    .withLosses(List.of(LossSource.of("tail", 2, Severity.usd(new Distribution.Pareto(1e6, alpha)))));
            SimulationResult r = run(s);
            double[] losses = column(r, PathMeasure.LOSSES_USD);
            double[] deficit = column(r, PathMeasure.DEFICIT_USD);
            long withLosses = 0;
            for (int i = 0; i < PATHS; i++) {
                assertTrue(Double.isFinite(losses[i]), "alpha " + alpha + " path " + i);
                assertEquals(losses[i], deficit[i], "alpha " + alpha + " path " + i);
                if (losses[i] > 0) {
                    assertTrue(losses[i] >= 1e6, "a Pareto draw is at least its min");
                    withLosses++;
                }
            }
            // P(at least one event in a year at 2/yr) = 1 - e^-2
            double p = 1 - Math.exp(-2);
            assertEquals(p, withLosses / (double) PATHS, 4 * Math.sqrt(p * (1 - p) / PATHS));
            assertEquals(r.metrics().of(MetricKey.P_SHORTFALL), withLosses / (double) PATHS, 0);
        }
    }

    @Test
    void paretoWithInfiniteMeanIsBoundedByItsCap() {
        // min 1M, cap 1M: every event costs exactly 1M, so the losses of a path count its events
        LossSource tail = LossSource.of("tail", 2, Severity.usd(new Distribution.Pareto(1e6, 0.7))).withCap(Cap.ofUsd(1e6));
        SimulationResult r = run(Scenario.of("edge", 1e9, 0).withLosses(List.of(tail)));
        double sum = 0;
        for (double l : column(r, PathMeasure.LOSSES_USD)) {
            assertEquals(0, l % 1e6, "a whole number of capped events: " + l);
            sum += l / 1e6;
        }
        assertEquals(2, sum / PATHS, 4 * Math.sqrt(2.0 / PATHS), "Poisson(2) events a year");
        // with the cap at 2% of TVL: no event above 20M
        LossSource share = LossSource.of("tail", 0.5, Severity.usd(new Distribution.Pareto(1e6, 0.3))).withCap(Cap.ofTvl(0.02));
        SimulationResult capped = run(Scenario.of("edge", 1e9, 0).withLosses(List.of(share)));
        assertTrue(capped.metrics().of(MetricKey.DEFICIT_USD_VAR99) <= 20e6 * 6, "a few capped events at most");
        for (double l : column(capped, PathMeasure.LOSSES_USD)) {
            assertTrue(l <= 20e6 * 20, "no uncapped draw: " + l);
        }
    }

    @Test
    void aBillionDollarLossAgainstAOneDollarReserveAndStake() {
        Scenario s = Scenario.of("edge", 1e10, 1).withReserve(Reserve.of(1))
                .withLosses(List.of(fixedLoss(1e9, 1)));
        SimulationResult r = run(s);
        double[] losses = column(r, PathMeasure.LOSSES_USD);
        double[] reserve = column(r, PathMeasure.RESERVE_USED_USD);
        double[] slashed = column(r, PathMeasure.SLASHED_USD);
        double[] deficit = column(r, PathMeasure.DEFICIT_USD);
        double[] fraction = column(r, PathMeasure.SLASHED_FRACTION);
        for (int i = 0; i < PATHS; i++) {
            if (losses[i] == 0) {
                assertEquals(0, reserve[i] + slashed[i] + deficit[i]);
                continue;
            }
            assertEquals(0, losses[i] % 1e9, "whole events");
            assertEquals(1, reserve[i], "the reserve's one dollar, path " + i);
            assertEquals(1, slashed[i], "the stake's one dollar, path " + i);
            assertEquals(losses[i] - 2, deficit[i], "the rest, to the dollar, path " + i);
            assertEquals(1, fraction[i], "the pool is wiped out, path " + i);
        }
        double p = 1 - Math.exp(-1);
        assertEquals(p, r.metrics().of(MetricKey.P_SHORTFALL), 4 * Math.sqrt(p * (1 - p) / PATHS));
        assertEquals(r.metrics().of(MetricKey.P_SHORTFALL), r.metrics().of(MetricKey.P_SLASH), 0);
        assertEquals(-1, r.metrics().of(MetricKey.STAKER_APR_VAR95), 1e-12, "a staker of a wiped-out pool loses all");
    }
}
