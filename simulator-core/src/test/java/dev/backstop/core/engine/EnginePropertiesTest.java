package dev.backstop.core.engine;

import dev.backstop.core.EngineExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.backstop.core.RandomScenarios;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.PathSample;
import dev.backstop.core.result.SimulationResult;
import dev.backstop.core.result.SurvivalCurve;
import dev.backstop.core.result.ValuePaths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Properties of every run, over {@value #SCENARIOS} randomly generated valid scenarios
 * ({@link RandomScenarios}, seeded): no NaN or infinity anywhere in the result; on every path,
 * losses = reserve used + slashed + deficit; probabilities and shares in [0, 1]; each estimate
 * inside its own interval; survival curves that start at 1 and never rise. A failure names the
 * generator's seed and the scenario's index, so it can be replayed alone.
 */
class EnginePropertiesTest {
    static final int SCENARIOS = 300;
    private static final long SEED = 20261121;
    @RegisterExtension
    static final EngineExtension ENGINE = new EngineExtension();


    @Test
    void everyRunOfARandomValidScenarioIsFiniteConsistentAndInsideItsIntervals() {
        RandomScenarios generator = new RandomScenarios(SEED);
        long paths = 0;
        for (int i = 0; i < SCENARIOS; i++) {
            Scenario s = generator.next();
            String where = "scenario " + i + " of RandomScenarios(" + SEED + "): " + s;
            SimulationResult r;
            try {
                r = ENGINE.get().run(s, RunOptions.DEFAULT.withKeepPaths(s.paths()).withValuePaths(8));
            } catch (RuntimeException e) {
                throw new AssertionError("the run failed: " + where, e);
            }
            checkMetrics(r, where);
            checkPaths(r, where);
            checkSurvival(r.survival(), s, where);
            checkSurvival(r.shortfallSurvival(), s, where);
            checkValuePaths(r.valuePaths(), where);
            paths += s.paths();
        }
        assertTrue(paths > SCENARIOS * 16L);
    }

    private static void checkMetrics(SimulationResult r, String where) {
        for (MetricValue m : r.metrics().all()) {
            String what = m.key().key() + " of " + where;
            m.value().ifPresent(v -> assertFinite(v, what));
            m.estimate().ifPresent(e -> assertInside(e, what));
            if (m.key().kind() == MetricKey.Kind.PROBABILITY) {
                double p = m.value().orElseThrow(() -> new AssertionError("no value: " + what));
                assertTrue(p >= 0 && p <= 1, "probability outside [0, 1]: " + p + ", " + what);
                Estimate e = m.estimate().orElseThrow();
                assertTrue(e.lo() >= 0 && e.hi() <= 1, "interval outside [0, 1]: " + e + ", " + what);
            }
            if (m.key().kind() != MetricKey.Kind.NUMBER) {
                assertTrue(m.isDefined(), "probabilities and means always exist: " + what);
            }
        }
        double slashedFraction = r.metrics().of(MetricKey.SLASHED_FRACTION_MEAN);
        assertTrue(slashedFraction >= 0 && slashedFraction <= 1, "slashed_fraction_mean " + slashedFraction + ", " + where);
        boolean anySlashed = r.metrics().of(MetricKey.P_SLASH) > 0;
        for (Map.Entry<PathMeasure, Estimate> e : r.means().entrySet()) {
            if (e.getKey() == PathMeasure.FIRST_SLASH_DAY && !anySlashed) {
                // the mean day of the first slash over no slashed path: NaN by design (ResultAssembler)
                assertTrue(Double.isNaN(e.getValue().value()), where);
                continue;
            }
            assertInside(e.getValue(), "mean of " + e.getKey() + " of " + where);
        }
    }

    private static void checkPaths(SimulationResult r, String where) {
        PathSample p = r.pathSample();
        assertEquals(r.paths(), p.size(), "every path kept: " + where);
        for (PathMeasure m : PathMeasure.values()) {
            double[] column = p.column(m);
            for (int i = 0; i < column.length; i++) {
                // first_slash_day is NaN on paths never slashed: the one documented absence
                if (!(m == PathMeasure.FIRST_SLASH_DAY && Double.isNaN(column[i]))) {
                    assertFinite(column[i], m + " on path " + i + " of " + where);
                }
            }
        }
        double[] losses = p.column(PathMeasure.LOSSES_USD);
        double[] reserve = p.column(PathMeasure.RESERVE_USED_USD);
        double[] slashed = p.column(PathMeasure.SLASHED_USD);
        double[] deficit = p.column(PathMeasure.DEFICIT_USD);
        double[] fraction = p.column(PathMeasure.SLASHED_FRACTION);
        double[] shortfall = p.column(PathMeasure.SHORTFALL);
        double[] wasSlashed = p.column(PathMeasure.SLASHED);
        for (int i = 0; i < p.size(); i++) {
            String at = "path " + i + " of " + where;
            double parts = reserve[i] + slashed[i] + deficit[i];
            if (Math.abs(losses[i] - parts) > 1e-9 * Math.max(1, losses[i])) {
                fail("losses " + losses[i] + " != reserve used " + reserve[i] + " + slashed " + slashed[i]
                        + " + deficit " + deficit[i] + " on " + at);
            }
            assertTrue(losses[i] >= 0 && reserve[i] >= 0 && slashed[i] >= 0 && deficit[i] >= 0, "negative amount on " + at);
            assertTrue(fraction[i] >= 0 && fraction[i] <= 1, "slashed fraction " + fraction[i] + " on " + at);
            assertEquals(deficit[i] > 0, shortfall[i] == 1, "shortfall iff deficit on " + at);
            assertEquals(slashed[i] > 0, wasSlashed[i] == 1, "slashed iff the backstop paid on " + at);
        }
    }

    private static void checkSurvival(SurvivalCurve c, Scenario s, String where) {
        assertEquals(0, c.day(0), "survival starts at day 0: " + where);
        assertEquals(1, c.share(0), "survival starts at 1: " + where);
        assertEquals(s.horizonDays(), c.day(c.size() - 1), 1e-9, "survival ends at the horizon: " + where);
        for (int i = 1; i < c.size(); i++) {
            assertTrue(c.share(i) >= 0 && c.share(i) <= c.share(i - 1), "survival rises at " + i + ": " + where);
            assertTrue(c.day(i) > c.day(i - 1), "survival days increase at " + i + ": " + where);
        }
    }

    private static void checkValuePaths(ValuePaths v, String where) {
        for (int path = 0; path < v.paths(); path++) {
            for (int j = 0; j < v.points(); j++) {
                assertFinite(v.value(path, j), "backstop value of path " + path + " at point " + j + " of " + where);
                assertTrue(v.value(path, j) >= 0, "negative backstop value: " + where);
            }
        }
    }

    private static void assertFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            fail(v + ": " + what);
        }
    }

    private static void assertInside(Estimate e, String what) {
        assertFinite(e.value(), what);
        assertFinite(e.lo(), what);
        assertFinite(e.hi(), what);
        if (!(e.lo() <= e.value() && e.value() <= e.hi())) {
            fail("estimate " + e.value() + " outside its interval [" + e.lo() + ", " + e.hi() + "]: " + what);
        }
    }
}
