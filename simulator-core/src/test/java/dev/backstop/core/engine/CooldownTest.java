package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backstop.core.model.Backstop;
import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Severity;
import dev.backstop.core.model.Stakers;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.SimulationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The time grid, the cooldown rule of SPEC §1.2 step 6 and pro-rata slashing of the queue. */
class CooldownTest {

    static StepGrid grid(double horizon, double step, double cooldown) {
        return new StepGrid(Scenario.of("grid", 1, 1).withHorizonDays(horizon).withStepDays(step)
                .withBackstop(Backstop.usd(1).withCooldownDays(cooldown)));
    }

    @Test
    void zeroCooldownReleasesPanicAtOnceAndElasticExitsOneStepLater() {
        StepGrid g = grid(10, 1, 0);
        for (int k = 0; k < 10; k++) {
            assertEquals(k, g.releaseOfPanic(k));
            assertEquals(k + 1, g.releaseOfElastic(k));
        }
    }

    @Test
    void twentyDayCooldownInDailySteps() {
        StepGrid g = grid(365, 1, 20);
        assertEquals(20, g.releaseOfPanic(0));
        assertEquals(364, g.releaseOfPanic(344));
        assertEquals(365, g.releaseOfPanic(345), "past the horizon: never leaves");
    }

    /** Steps of 7 days over 30: ends 7, 14, 21, 28, 30; the last step is 2 days. */
    @Test
    void aStepThatDoesNotDivideTheHorizon() {
        StepGrid g = grid(30, 7, 10);
        assertEquals(5, g.steps());
        assertEquals(30, g.endDay(5));
        assertEquals(2.0 / 365, g.dt(4), 1e-15);
        assertEquals(2, g.releaseOfPanic(0), "queued at day 7, due at 17: the step ending on day 21");
        assertEquals(5, g.releaseOfPanic(2), "queued at day 21, due at 31, after the horizon: never leaves");
    }

    @Test
    void queueEntriesAreSlashedProRataAndLeaveOnTime() {
        StepGrid g = grid(10, 1, 2); // stake queued in step k leaves in step k + 2 at the latest
        CooldownQueues q = new CooldownQueues(g, 2);
        q.add(1, 2, 100);
        q.release(0, 2);
        q.add(1, 3, 50);
        q.scale(1, 1, 0.5);
        assertEquals(75, q.total(1), 1e-12);
        assertEquals(0, q.total(0), "lanes are independent");
        q.release(1, 2);
        assertEquals(75, q.total(1), 1e-12);
        q.release(2, 2);
        assertEquals(25, q.total(1), 1e-12);
        q.addAll(4, new double[] {-1, 10}, 2); // lands in the ring row step 2 just left; lane 0 adds nothing
        assertEquals(0, q.total(0));
        q.release(3, 2);
        assertEquals(10, q.total(1), 1e-12);
        q.release(4, 2);
        assertEquals(0, q.total(1));
    }

    /** The ring of buckets wraps around over a long horizon; stake due after the horizon stays queued. */
    @Test
    void theRingWrapsAndStakeDueAfterTheHorizonNeverLeaves() {
        StepGrid g = grid(30, 1, 3);
        CooldownQueues q = new CooldownQueues(g, 1);
        double expected = 0;
        for (int k = 0; k < 30; k++) {
            q.add(0, g.releaseOfPanic(k), 1);
            q.release(k, 1);
            // the units queued in the last three steps; from step 27 on they are due after the horizon
            expected = Math.min(k + 1, 3);
            assertEquals(expected, q.total(0), 1e-12, "step " + k);
        }
        assertEquals(30, g.releaseOfPanic(27));
        q.scale(0, 29, 0.5);
        assertEquals(expected / 2, q.total(0), 1e-12);
        q.reset(1);
        assertEquals(0, q.total(0));
    }

    /**
     * max_slash 50 % and a loss larger than the pool in every event: each slash event halves the
     * holder unit, whatever the panic and the queue, so {@code 1 − slashed_fraction = 0.5^events}.
     * The 2-day cooldown releases day 1's panic exits only in day 3's cooldown phase, after the last
     * losses, so the pool changes only by slashes and the payments form a geometric series.
     */
    @Test
    void everySlashEventHalvesTheHolderUnit() {
        Scenario s = Scenario.of("halving", 1e6, 1000)
                .withHorizonDays(3)
                .withLosses(List.of(LossSource.of("big", 3650, Severity.usd(new Distribution.Fixed(1e12)))))
                .withBackstop(Backstop.usd(1000).withMaxSlash(0.5).withCooldownDays(2))
                .withStakers(Stakers.DEFAULT.withPanic(0.5))
                .withPaths(3);
        SimulationResult r;
        try (Engine e = Engine.withThreads(1)) {
            r = e.run(s, RunOptions.DEFAULT.withKeepPaths(3));
        }
        for (int i = 0; i < 3; i++) {
            double events = r.pathSample().column(PathMeasure.SLASH_EVENTS)[i];
            double g = 1 - r.pathSample().column(PathMeasure.SLASHED_FRACTION)[i];
            assertEquals(Math.pow(0.5, events), g, 1e-12);
            assertEquals(1000 * 0.5 * (1 - Math.pow(0.5, events)) / 0.5,
                    r.pathSample().column(PathMeasure.SLASHED_USD)[i], 1e-6, "geometric series of payments");
        }
    }
}
