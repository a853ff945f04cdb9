package dev.backstop.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.TestScenarios;
import dev.backstop.core.engine.Engine;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sensitivity: signs of known effects, skipped and clamped moves, sorting, concurrency. */
class SensitivityStudyTest {
    static Scenario scenario() {
        Scenario s = TestScenarios.compoundPoisson(3, 1e6, 2e6, 5e6, 20_000).withStepDays(365);
        return s.withBackstop(s.backstop().withMaxSlash(0.9));
    }

    @Test
    void movesHaveTheExpectedSignsAndAreSortedBySwing() {
        SensitivityResult r;
        try (Engine e = Engine.withThreads(2)) {
            r = SensitivityStudy.run(scenario(), MetricKey.P_SHORTFALL, 0.2, PointRunner.of(e), 2);
        }
        Map<String, SensitivityRow> rows = r.rows().stream()
                .collect(Collectors.toMap(x -> x.param().text(), Function.identity()));
        SensitivityRow stake = rows.get("backstop.stake");
        assertTrue(stake.down().change() > 0 && stake.up().change() < 0, "more stake, fewer shortfalls");
        SensitivityRow rate = rows.get("losses.claims.rate");
        assertTrue(rate.down().change() < 0 && rate.up().change() > 0, "more claims, more shortfalls");
        assertEquals(4e6, stake.down().value(), 1e-6);
        assertEquals(6e6, stake.up().value(), 1e-6);

        // max_slash 90 % up by 20 % would be 108 %: clamped to 100 %.
        SensitivityRow maxSlash = rows.get("backstop.max_slash");
        assertEquals(SensitivityMove.Status.CLAMPED, maxSlash.up().status());
        assertEquals(1.0, maxSlash.up().value());
        assertTrue(!maxSlash.up().reason().isEmpty());
        // the haircut is 0: nothing to move
        SensitivityRow haircut = rows.get("backstop.haircut");
        assertEquals(SensitivityMove.Status.SKIPPED, haircut.down().status());
        assertTrue(Double.isNaN(haircut.swing()));

        for (int i = 1; i < r.rows().size(); i++) {
            double a = r.rows().get(i - 1).swing();
            double b = r.rows().get(i).swing();
            assertTrue(Double.isNaN(b) || a >= b, "sorted by swing at row " + i);
        }
        // The TVL does not enter this scenario (no revenue, no caps, USD severities): exactly no change,
        // because every run shares its random numbers.
        SensitivityRow tvl = rows.get("protocol.tvl");
        assertEquals(0.0, tvl.swing());
        assertTrue(r.rows().indexOf(tvl) > r.rows().indexOf(stake));
    }

    @Test
    void resultsDoNotDependOnConcurrency() {
        Scenario s = scenario().withPaths(3_000);
        try (Engine e = Engine.withThreads(2)) {
            SensitivityResult one = SensitivityStudy.run(s, MetricKey.P_SLASH, 0.1, PointRunner.of(e), 1);
            SensitivityResult three = SensitivityStudy.run(s, MetricKey.P_SLASH, 0.1, PointRunner.of(e), 3);
            assertEquals(one, three);
        }
    }

    @Test
    void theShareMustBeSensible() {
        assertThrows(IllegalArgumentException.class,
                () -> SensitivityStudy.run(scenario(), MetricKey.P_SLASH, 0, x -> null, 1));
        assertThrows(IllegalArgumentException.class,
                () -> SensitivityStudy.run(scenario(), MetricKey.P_SLASH, 1.5, x -> null, 1));
    }
}
