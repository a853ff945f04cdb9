package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backstop.core.model.Emissions;
import dev.backstop.core.model.Protocol;
import dev.backstop.core.model.Rewards;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.SimulationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Without losses, a USD backstop's rewards are deterministic: each step pays
 * {@code (revenue_share · revenue_rate · TVL + e) · dt / B}, so {@code staker_apr_gross} is exactly
 * {@code (revenue_share · revenue_rate · TVL + e) / B} per year. Only rounding separates the sum of
 * 365 daily payments from it, hence the relative tolerance of 1e-12.
 */
class RewardYieldTest {

    static SimulationResult run(Scenario s) {
        try (Engine e = Engine.withThreads(2)) {
            return e.run(s.withPaths(64));
        }
    }

    @Test
    void revenueShareOnly() {
        double tvl = 2e9;
        double stake = 40e6;
        Scenario s = Scenario.of("revenue", tvl, stake)
                .withProtocol(Protocol.of(tvl).withRevenueRate(0.01))
                .withBackstop(Scenario.of("x", tvl, stake).backstop().withRewards(new Rewards(0.15, Emissions.NONE, 0)));
        double expected = 0.15 * 0.01 * tvl / stake;
        SimulationResult r = run(s);
        assertEquals(expected, r.metrics().of(MetricKey.STAKER_APR_GROSS_MEAN), 1e-12 * expected);
        assertEquals(expected, r.metrics().of(MetricKey.STAKER_APR_MEAN), 1e-12 * expected);
        assertEquals(0, r.metrics().of(MetricKey.STAKER_APR_SD), 1e-12);
        assertEquals(0, r.metrics().of(MetricKey.P_SLASH));
    }

    @Test
    void flatEmissionsOnly() {
        double stake = 25e6;
        Scenario base = Scenario.of("emissions", 1e9, stake);
        Scenario s = base.withBackstop(base.backstop().withRewards(new Rewards(0, Emissions.flat(2e6), 0.01)));
        double expected = 2e6 / stake + 0.01;
        assertEquals(expected, run(s).metrics().of(MetricKey.STAKER_APR_GROSS_MEAN), 1e-12 * expected);
    }

    /** Umbrella's curve at x = 0.5 (rising part), 1.1 (falling part) and 1.5 (flat tail). */
    @ParameterizedTest
    @CsvSource({"0.5, 0.75", "1.1, 0.9", "1.5, 0.8"})
    void targetLiquidityCurve(double x, double factor) {
        double target = 66e6;
        double max = 2.33e6;
        double stake = x * target;
        Scenario base = Scenario.of("curve", 1e9, stake);
        Scenario s = base.withBackstop(base.backstop().withRewards(
                new Rewards(0, Emissions.curve(max, true, target, true), 0)));
        double expected = max * factor / stake;
        assertEquals(expected, run(s).metrics().of(MetricKey.STAKER_APR_GROSS_MEAN), 1e-12 * expected);
    }
}
