package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.TestScenarios;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A path's result does not depend on the group it is simulated in: alone, or at any lane of a
 * group of {@link LockstepSimulator#LANES} paths, it gives the same bits, value trace included.
 */
class LockstepTest {

    /** The reference scenario with losses frequent enough that most paths slash, panic and queue. */
    static Scenario eventful() {
        Scenario s = TestScenarios.lendingNative();
        return s.withLosses(List.of(s.losses().get(0).withRate(40), s.losses().get(1).withRate(3)));
    }

    @Test
    void aPathAloneEqualsThePathInsideAGroup() {
        Scenario s = eventful();
        CompiledScenario c = new CompiledScenario(s);
        int steps = c.grid.steps();
        LockstepSimulator group = new LockstepSimulator(c);
        LockstepSimulator alone = new LockstepSimulator(c);
        long first = 1000;
        int lanes = LockstepSimulator.LANES;
        double[][] traces = new double[lanes][];
        for (int p = 0; p < lanes; p += 3) {
            traces[p] = new double[steps + 1];
        }
        group.run(first, lanes, traces);
        int slashed = 0;
        for (int p = 0; p < lanes; p += 3) {
            double[][] own = {new double[steps + 1]};
            alone.run(first + p, 1, own);
            String where = "lane " + p;
            assertEquals(group.slashEvents[p], alone.slashEvents[0], where);
            assertEquals(group.firstSlashStep[p], alone.firstSlashStep[0], where);
            assertEquals(group.firstShortfallStep[p], alone.firstShortfallStep[0], where);
            assertEquals(group.slashedUsd[p], alone.slashedUsd[0], where);
            assertEquals(group.reserveUsedUsd[p], alone.reserveUsedUsd[0], where);
            assertEquals(group.lossesUsd[p], alone.lossesUsd[0], where);
            assertEquals(group.sweptUsd[p], alone.sweptUsd[0], where);
            assertEquals(group.deficitUsd(p), alone.deficitUsd(0), where);
            assertEquals(group.backstopValueEndUsd[p], alone.backstopValueEndUsd[0], where);
            assertEquals(group.holderFactor[p], alone.holderFactor[0], where);
            assertEquals(group.stakerApr[p], alone.stakerApr[0], where);
            assertEquals(group.stakerAprGross[p], alone.stakerAprGross[0], where);
            assertArrayEquals(traces[p], own[0], where);
            slashed += group.slashEvents[p] > 0 ? 1 : 0;
        }
        assertTrue(slashed > 10, "the comparison covers slashes, panic and the queue: " + slashed + " paths slashed");
    }

    /** Blocks whose groups start at different paths give the same per-path measures. */
    @Test
    void groupBoundariesDoNotMatter() {
        Scenario s = eventful().withPaths(600);
        long[] counts = new long[2];
        double[][] apr = new double[2][];
        for (int split = 0; split < 2; split++) {
            PathRecorder recorder = new PathRecorder(s.paths(), s.paths(), 0, new StepGrid(s));
            BlockRunner r = BlockRunner.of(s);
            if (split == 0) {
                r.run(0, 600, recorder);
            } else {
                for (int first = 0; first < 600; first += 77) { // groups start at 0, 77, 154, ...
                    r.run(first, Math.min(77, 600 - first), recorder);
                }
            }
            apr[split] = recorder.sample().column(dev.backstop.core.result.PathMeasure.STAKER_APR);
            counts[split] = apr[split].length;
        }
        assertEquals(counts[0], counts[1]);
        assertArrayEquals(apr[0], apr[1]);
    }

    /**
     * Two years of hourly steps with a 700-day cooldown: a cooldown ring of 128 paths would take
     * 17 MB per worker, so groups are smaller; the paths' results are the same.
     */
    @Test
    void longCooldownRingsMakeSmallerGroupsWithTheSameResults() {
        Scenario s = eventful().withHorizonDays(730).withStepDays(1.0 / 24).withPaths(70)
                .withBackstop(eventful().backstop().withCooldownDays(700));
        CompiledScenario c = new CompiledScenario(s);
        LockstepSimulator group = new LockstepSimulator(c);
        assertTrue(group.capacity() < LockstepSimulator.LANES && group.capacity() > 1, "capacity " + group.capacity());
        LockstepSimulator alone = new LockstepSimulator(c);
        group.run(0, group.capacity(), null);
        int last = group.capacity() - 1;
        alone.run(last, 1, null);
        assertEquals(group.stakerApr[last], alone.stakerApr[0]);
        assertEquals(group.backstopValueEndUsd[last], alone.backstopValueEndUsd[0]);
        assertEquals(group.slashEvents[last], alone.slashEvents[0]);
    }

    @Test
    void groupSizeIsChecked() {
        LockstepSimulator sim = new LockstepSimulator(new CompiledScenario(TestScenarios.lendingNative()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> sim.start(0, LockstepSimulator.LANES + 1, null));
    }
}
