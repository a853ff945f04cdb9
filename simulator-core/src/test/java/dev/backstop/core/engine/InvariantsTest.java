package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.TestScenarios;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.WaterfallOrder;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.PathSample;
import dev.backstop.core.result.SimulationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On every path, every dollar of loss is paid by exactly one party:
 * {@code losses = reserve used + slashed + deficit} (up to rounding of the sums), on the SPEC's
 * example with every mechanism switched on (crashes, on_crash, caps, panic, cooldown, elasticity),
 * in both waterfall orders.
 */
class InvariantsTest {

    @ParameterizedTest
    @EnumSource(WaterfallOrder.class)
    void everyLossIsPaidByExactlyOneParty(WaterfallOrder order) {
        Scenario base = TestScenarios.lendingNative();
        Scenario s = base.withBackstop(base.backstop().withOrder(order)).withPaths(20_000);
        SimulationResult r;
        try (Engine e = Engine.withThreads(2)) {
            r = e.run(s, RunOptions.DEFAULT.withKeepPaths(s.paths()));
        }
        PathSample p = r.pathSample();
        double[] losses = p.column(PathMeasure.LOSSES_USD);
        double[] reserve = p.column(PathMeasure.RESERVE_USED_USD);
        double[] slashed = p.column(PathMeasure.SLASHED_USD);
        double[] deficit = p.column(PathMeasure.DEFICIT_USD);
        double[] fraction = p.column(PathMeasure.SLASHED_FRACTION);
        int withLosses = 0;
        for (int i = 0; i < p.size(); i++) {
            double parts = reserve[i] + slashed[i] + deficit[i];
            assertEquals(losses[i], parts, 1e-9 * Math.max(1, losses[i]), "path " + i);
            assertTrue(fraction[i] >= 0 && fraction[i] <= 1, "slashed fraction in [0, 1] on path " + i);
            if (losses[i] > 0) {
                withLosses++;
            }
        }
        assertTrue(withLosses > p.size() / 2, "the example should have losses on most paths");
    }
}
