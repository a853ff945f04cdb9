package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.backstop.core.TestScenarios;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.SimulationResult;
import org.junit.jupiter.api.Test;

/** Same scenario, seed and paths give the same bits at any thread count (SPEC §5). */
class ReproducibilityTest {

    static SimulationResult run(Scenario s, int threads) {
        try (Engine e = Engine.withThreads(threads)) {
            return e.run(s, RunOptions.DEFAULT.withKeepPaths(5000));
        }
    }

    @Test
    void oneTwoAndThreeThreadsAgreeBitForBit() {
        // 10,007 paths: not a multiple of the block size, so the last block is partial
        Scenario s = TestScenarios.lendingNative().withPaths(10_007);
        SimulationResult one = run(s, 1);
        SimulationResult two = run(s, 2);
        SimulationResult three = run(s, 3);
        assertEquals(one.metrics(), two.metrics());
        assertEquals(one.metrics(), three.metrics());
        assertEquals(one.survival(), two.survival());
        assertEquals(one.means(), three.means());
        assertArrayEquals(one.pathSample().column(PathMeasure.STAKER_APR), two.pathSample().column(PathMeasure.STAKER_APR));
    }

    @Test
    void theSeedMatters() {
        Scenario s = TestScenarios.lendingNative().withPaths(4000);
        assertNotEquals(run(s, 2).metrics().of(MetricKey.STAKER_APR_MEAN),
                run(s.withSeed(43), 2).metrics().of(MetricKey.STAKER_APR_MEAN));
    }

    /**
     * A block run on its own and merged later (the distributed engine's shape) equals the engine's
     * result for the same paths.
     */
    @Test
    void blocksMergedLaterEqualOneRun() {
        Scenario s = TestScenarios.lendingNative().withPaths(3 * BlockRunner.BLOCK_PATHS + 5);
        BlockRunner a = BlockRunner.of(s);
        BlockRunner b = BlockRunner.of(s);
        PartialResult total = a.empty(0);
        PartialResult[] parts = new PartialResult[4];
        for (int i = 3; i >= 0; i--) { // run out of order, merge in order
            long first = (long) i * BlockRunner.BLOCK_PATHS;
            parts[i] = (i % 2 == 0 ? a : b).run(first, (int) Math.min(BlockRunner.BLOCK_PATHS, s.paths() - first));
        }
        for (PartialResult p : parts) {
            total.merge(p);
        }
        SimulationResult merged = ResultAssembler.assemble(s, total, run(s, 1).pathSample(), run(s, 1).valuePaths());
        assertEquals(run(s, 2).metrics(), merged.metrics());
    }
}
