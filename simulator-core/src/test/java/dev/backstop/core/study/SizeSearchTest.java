package dev.backstop.core.study;

import dev.backstop.core.EngineExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.TestScenarios;
import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.result.MetricKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sizing solver's outcomes, directions, conservative values and precision rounds. */
class SizeSearchTest {
    @RegisterExtension
    static final EngineExtension ENGINE = new EngineExtension();


    static Scenario scenario(long paths) {
        return TestScenarios.compoundPoisson(3, 1e6, 2e6, 5e6, paths).withStepDays(365);
    }

    static SizeStudy shortfall(String param, double target, double lo, double hi) {
        return new SizeStudy(ParameterPath.of(param), "p_shortfall", SizeStudy.Comparison.AT_MOST, target, lo, hi);
    }

    @Test
    void aGrowingMetricIsSizedFromAbove() {
        // More claims per year raise p_shortfall: the answer is the largest rate that keeps it low.
        SizeResult r = SizeSearch.size(scenario(20_000), shortfall("losses.claims.rate", 0.02, 0.5, 10),
                PointRunner.of(ENGINE.get()), SizeOptions.DEFAULT, 2);
        assertEquals(SizeResult.Search.LARGEST, r.search());
        assertEquals(SizeResult.Outcome.CROSSING, r.outcome());
        double v = r.value().getAsDouble();
        assertTrue(r.atValue().get().metric(MetricKey.P_SHORTFALL).getAsDouble() <= 0.02);
        // Just above the value (by the tolerance) the target is missed.
        SizePoint above = r.evaluated().stream().filter(p -> p.value() > v).findFirst().orElseThrow();
        assertTrue(above.value() - v <= r.tolerance() + 1e-12, "bracket " + v + " .. " + above.value());
        assertTrue(above.metric(MetricKey.P_SHORTFALL).getAsDouble() > 0.02);
        double c = r.conservativeValue().getAsDouble();
        assertTrue(c <= v, "for a largest-value search the conservative value is the smaller one: " + c + " vs " + v);
    }

    @Test
    void aTargetMetNowhereSaysSo() {
        SizeResult r = SizeSearch.size(scenario(5_000), shortfall("backstop.stake", 1e-6, 0, 1e6),
                PointRunner.of(ENGINE.get()), SizeOptions.DEFAULT, 2);
        assertFalse(r.met());
        assertEquals(SizeResult.Outcome.NOWHERE, r.outcome());
        assertTrue(r.value().isEmpty());
        assertTrue(r.conservativeValue().isEmpty());
        assertEquals(SizeResult.Conservative.NO_VALUE, r.conservative());
        assertEquals(1e6, r.closest().orElseThrow().value(), "the largest stake comes nearest");
        assertEquals(SizeOptions.DEFAULT_GRID_POINTS, r.evaluated().size(), "no bisection without a crossing");
    }

    @Test
    void aTargetMetAcrossTheRangeGivesTheSearchedEnd() {
        SizeResult r = SizeSearch.size(scenario(5_000), shortfall("backstop.stake", 0.5, 1e6, 5e6),
                PointRunner.of(ENGINE.get()), SizeOptions.DEFAULT, 2);
        assertEquals(SizeResult.Outcome.WHOLE_RANGE, r.outcome());
        assertEquals(1e6, r.value().getAsDouble());
        assertEquals(1e6, r.conservativeValue().getAsDouble());
    }

    @Test
    void aMetricWithoutAnIntervalHasNoConservativeValue() {
        SizeStudy study = new SizeStudy(ParameterPath.of("backstop.stake"), "deficit_usd_var99",
                SizeStudy.Comparison.AT_MOST, 1e6, 0, 20e6);
        SizeResult r = SizeSearch.size(scenario(5_000), study, PointRunner.of(ENGINE.get()), SizeOptions.DEFAULT, 2);
        assertTrue(r.met());
        assertEquals(SizeResult.Conservative.NO_INTERVAL, r.conservative());
        assertTrue(r.conservativeValue().isEmpty());
    }

    @Test
    void conservativeValueIsNeverBelowThePointValue() {
        for (double target : new double[] {0.05, 0.02, 0.01, 0.005}) {
            for (long paths : new long[] {2_000, 10_000}) {
                SizeResult r = SizeSearch.size(scenario(paths), shortfall("backstop.stake", target, 0, 20e6),
                        PointRunner.of(ENGINE.get()), SizeOptions.DEFAULT.withTolerance(50e3), 2);
                assertTrue(r.met(), target + " " + paths);
                if (r.conservativeValue().isPresent()) {
                    assertTrue(r.conservativeValue().getAsDouble() >= r.value().getAsDouble(),
                            target + " at " + paths + " paths: " + r.conservativeValue() + " < " + r.value());
                }
            }
        }
    }

    @Test
    void theToleranceBoundsTheFinalBracket() {
        SizeResult r = SizeSearch.size(scenario(10_000), shortfall("backstop.stake", 0.01, 0, 20e6),
                PointRunner.of(ENGINE.get()), SizeOptions.DEFAULT.withTolerance(1_000), 2);
        double v = r.value().getAsDouble();
        SizePoint below = r.evaluated().stream().filter(p -> p.value() < v).reduce((a, b) -> b).orElseThrow();
        assertTrue(v - below.value() <= 1_000, "bracket " + below.value() + " .. " + v);
        assertTrue(below.metric(MetricKey.P_SHORTFALL).getAsDouble() > 0.01, "the lower end misses the target");
    }

    @Test
    void theResultDoesNotDependOnHowManyGridPointsRunAtOnce() {
        SizeStudy study = shortfall("backstop.stake", 0.01, 0, 20e6);
        SizeResult one = SizeSearch.size(scenario(5_000), study, PointRunner.of(ENGINE.get()), SizeOptions.DEFAULT, 1);
        SizeResult three = SizeSearch.size(scenario(5_000), study, PointRunner.of(ENGINE.get()), SizeOptions.DEFAULT, 3);
        assertEquals(one.value(), three.value());
        assertEquals(one.conservativeValue(), three.conservativeValue());
        assertEquals(one.evaluated(), three.evaluated());
    }

    @Test
    void withPrecisionTheIntervalShrinksAsPathsAreAdded() {
        PrecisionGoal goal = new PrecisionGoal(MetricKey.P_SHORTFALL, 0.001, 400_000);
        PrecisionOutcome<SizeResult> out = SizeSearch.sizeUntil(scenario(2_000),
                shortfall("backstop.stake", 0.01, 0, 20e6), PointRunner.of(ENGINE.get()),
                SizeOptions.DEFAULT, 2, goal);
        List<PrecisionOutcome.Round<SizeResult>> rounds = out.rounds();
        assertTrue(rounds.size() >= 2, "2,000 paths cannot resolve ± 0.001 at 1 %");
        for (int i = 1; i < rounds.size(); i++) {
            assertTrue(rounds.get(i).paths() > rounds.get(i - 1).paths());
            assertTrue(rounds.get(i).halfWidth() < rounds.get(i - 1).halfWidth(),
                    "round " + i + ": " + rounds.get(i).halfWidth() + " after " + rounds.get(i - 1).halfWidth());
        }
        assertEquals(PrecisionOutcome.Stop.RESOLVED, out.stop());
        assertTrue(out.last().halfWidth() <= 0.001);
        SizeResult last = out.last().result();
        assertEquals(out.last().paths(), last.paths());
        // The last round is an ordinary search at its path count.
        SizeResult plain = SizeSearch.size(scenario(out.last().paths()), shortfall("backstop.stake", 0.01, 0, 20e6),
                PointRunner.of(ENGINE.get()), SizeOptions.DEFAULT, 2);
        assertEquals(plain.value(), last.value());
        assertEquals(plain.conservativeValue(), last.conservativeValue());
    }

    @Test
    void aBudgetTooSmallStopsAndSaysSo() {
        PrecisionGoal goal = new PrecisionGoal(MetricKey.P_SHORTFALL, 1e-5, 8_000);
        PrecisionOutcome<SizeResult> out = SizeSearch.sizeUntil(scenario(2_000),
                shortfall("backstop.stake", 0.01, 0, 20e6), PointRunner.of(ENGINE.get()), SizeOptions.DEFAULT, 2, goal);
        assertEquals(PrecisionOutcome.Stop.BUDGET, out.stop());
        assertEquals(8_000, out.last().paths(), "the last round runs the whole budget");
        assertTrue(out.last().halfWidth() > 1e-5);
    }
}
