package dev.backstop.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.TestScenarios;
import dev.backstop.core.engine.Engine;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.SimulationResult;
import org.junit.jupiter.api.Test;

/** Rounds of paths: how the next count is chosen, and that the last round is an ordinary run. */
class PrecisionRoundsTest {
    @Test
    void nextCountFollowsTheSquareRootLawWithinItsBounds() {
        // half-width twice the goal: 4 × 1.1 = 4.4 times the paths
        assertEquals(44_000, PrecisionRounds.nextPaths(10_000, 0.002, 0.001, 1_000_000));
        // barely short: at least doubles
        assertEquals(20_000, PrecisionRounds.nextPaths(10_000, 0.00101, 0.001, 1_000_000));
        // hopelessly short: at most sixteen times
        assertEquals(160_000, PrecisionRounds.nextPaths(10_000, 1, 0.001, 1_000_000));
        // never past the budget
        assertEquals(30_000, PrecisionRounds.nextPaths(10_000, 0.002, 0.001, 30_000));
        // no interval to learn from: double
        assertEquals(20_000, PrecisionRounds.nextPaths(10_000, Double.NaN, 0.001, 1_000_000));
        assertEquals(44_000, PrecisionRounds.roundUpTwoDigits(43_211));
        assertEquals(99, PrecisionRounds.roundUpTwoDigits(99));
        assertEquals(1_000, PrecisionRounds.roundUpTwoDigits(991));
    }

    @Test
    void aGoalNeedsAMetricWithAnInterval() {
        assertThrows(IllegalArgumentException.class, () -> new PrecisionGoal(MetricKey.STAKER_SHARPE, 0.1, 100));
        assertThrows(IllegalArgumentException.class, () -> new PrecisionGoal(MetricKey.P_SLASH, 0, 100));
    }

    @Test
    void theLastRoundIsBitIdenticalToAPlainRunWithItsPathCount() {
        Scenario s = TestScenarios.compoundPoisson(3, 1e6, 2e6, 5e6, 1_000).withStepDays(365);
        PrecisionGoal goal = new PrecisionGoal(MetricKey.P_SHORTFALL, 0.002, 1_000_000);
        try (Engine e = Engine.withThreads(2)) {
            PrecisionOutcome<SimulationResult> out = PrecisionRounds.run(s.paths(), goal,
                    n -> e.run(s.withPaths(n)),
                    r -> r.metrics().estimate(MetricKey.P_SHORTFALL).orElseThrow().halfWidth());
            assertTrue(out.rounds().size() >= 2, "1,000 paths do not give ± 0.002");
            assertEquals(PrecisionOutcome.Stop.RESOLVED, out.stop());
            SimulationResult last = out.last().result();
            SimulationResult plain = e.run(s.withPaths(out.last().paths()));
            assertEquals(plain.metrics(), last.metrics());
            assertEquals(plain.survival(), last.survival());
        }
    }
}
