package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.backstop.core.model.Backstop;
import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Severity;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.SimulationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A payment at the cap slashes exactly {@code max_slash} of the pool (SPEC §1.2 step 5). With
 * {@code max_slash 100%} the first loss above the pool's value wipes it out: one slash event, and
 * nothing left to slash or reward afterwards.
 */
class SlashCapTest {
    /** A pool size for which {@code (B·u)/u/B} is not exactly 1 in floating point (u = 1 − haircut). */
    static final double POOL = 52946.160306632395;
    static final double HAIRCUT = 0.346;

    @Test
    void theDivisionWouldLeaveDustSoTheTestMeansSomething() {
        double unit = 1 - HAIRCUT;
        assertNotEquals(0.0, Math.max(0, 1 - (POOL * unit / unit) / POOL));
    }

    @Test
    void aFullSlashWipesThePoolOutOnce() {
        Scenario s = Scenario.of("wipe-out", 1e9, POOL)
                .withHorizonDays(30)
                .withLosses(List.of(LossSource.of("huge", 3650, Severity.usd(new Distribution.Fixed(1e12)))))
                .withBackstop(Backstop.usd(POOL).withMaxSlash(1).withHaircut(HAIRCUT))
                .withPaths(200);
        SimulationResult r;
        try (Engine e = Engine.withThreads(2)) {
            r = e.run(s, RunOptions.DEFAULT.withKeepPaths(200));
        }
        double[] events = r.pathSample().column(PathMeasure.SLASH_EVENTS);
        double[] fraction = r.pathSample().column(PathMeasure.SLASHED_FRACTION);
        double[] paid = r.pathSample().column(PathMeasure.SLASHED_USD);
        double[] value = r.pathSample().column(PathMeasure.BACKSTOP_VALUE_END_USD);
        for (int i = 0; i < 200; i++) {
            assertEquals(1, events[i], "path " + i);
            assertEquals(1.0, fraction[i], 0.0, "path " + i);
            assertEquals(POOL * (1 - HAIRCUT), paid[i], 1e-9 * POOL, "path " + i);
            assertEquals(0.0, value[i], 0.0, "path " + i);
        }
    }
}
