package dev.backstop.core.study;

import dev.backstop.core.EngineExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.TestScenarios;
import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Sweep;
import dev.backstop.core.result.MetricKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sweeps: common random numbers make curves monotone where the model is; concurrency changes nothing. */
class SweepStudyTest {
    @RegisterExtension
    static final EngineExtension ENGINE = new EngineExtension();


    /**
     * On the SPEC's example (every feature on: panic, cooldown, elasticity, haircut, 30 % max slash),
     * more stake never adds a shortfall to any path, so with common random numbers the estimated
     * p_shortfall never rises along the sweep, not even by one path's worth of noise.
     */
    @Test
    void stakeSweepGivesAShortfallCurveThatNeverRises() {
        Scenario s = TestScenarios.lendingNative().withPaths(2048);
        Sweep sweep = new Sweep(ParameterPath.of("backstop.stake"), 100e3, 10e6, 8, true);
        SweepResult r = SweepStudy.run(s, sweep, PointRunner.of(ENGINE.get()), 2);
        assertEquals(8, r.points().size());
        double previous = Double.POSITIVE_INFINITY;
        for (SweepPoint p : r.points()) {
            double v = p.metrics().of(MetricKey.P_SHORTFALL);
            assertTrue(v <= previous, "p_shortfall rose to " + v + " at stake " + p.value());
            previous = v;
        }
        assertTrue(r.points().get(0).metrics().of(MetricKey.P_SHORTFALL)
                > r.points().get(7).metrics().of(MetricKey.P_SHORTFALL), "the sweep should matter at all");
        for (SweepPoint p : r.points()) {
            assertEquals(2048, p.result().paths(), "every point runs the base's paths");
            assertEquals(s.seed(), p.result().scenario().seed(), "and its seed");
        }
    }

    @Test
    void pointsRunConcurrentlyGiveTheSameResultsAsOneAtATime() {
        Scenario s = TestScenarios.compoundPoisson(3, 1e6, 2e6, 0, 5000).withStepDays(365);
        Sweep sweep = new Sweep(ParameterPath.of("backstop.stake"), 0, 10e6, 6, false);
        SweepResult one = SweepStudy.run(s, sweep, PointRunner.of(ENGINE.get()), 1);
        SweepResult four = SweepStudy.run(s, sweep, PointRunner.of(ENGINE.get()), 4);
        for (int i = 0; i < 6; i++) {
            assertEquals(one.points().get(i).value(), four.points().get(i).value());
            assertEquals(one.points().get(i).metrics(), four.points().get(i).metrics(), "point " + i);
        }
    }

    @Test
    void anInvalidValueFailsBeforeAnythingRuns() {
        Scenario s = TestScenarios.compoundPoisson(3, 1e6, 2e6, 0, 100);
        Sweep sweep = new Sweep(ParameterPath.of("backstop.max_slash"), 0.5, 1.5, 3, false);
        PointRunner refuse = x -> {
            throw new AssertionError("nothing should run");
        };
        assertThrows(IllegalArgumentException.class, () -> SweepStudy.run(s, sweep, refuse, 2));
    }

    @Test
    void parallelPointsKeepInputOrderAndRethrowFailures() {
        assertEquals(List.of(1, 4, 9, 16), ParallelPoints.map(List.of(1, 2, 3, 4), x -> x * x, 3));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelPoints.map(List.of(1, 2, 3),
                x -> {
                    if (x == 2) {
                        throw new IllegalStateException("boom " + x);
                    }
                    return x;
                }, 2));
        assertEquals("boom 2", e.getMessage());
    }
}
