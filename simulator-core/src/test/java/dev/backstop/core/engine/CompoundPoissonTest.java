package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.TestScenarios;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.SimulationResult;
import org.junit.jupiter.api.Test;

/**
 * Compound Poisson losses with exponential severities against a USD backstop (no inflow, max_slash
 * 100 %, reserve first): the backstop is slashed iff the year's total loss S exceeds the reserve, and
 * falls short iff S exceeds reserve + stake. The daily Poisson counts add up to Poisson(λT) exactly,
 * so the closed form has no discretisation bias:
 * {@code P(S > x) = Σ_n P(N = n) · P(Erlang(n, μ) > x)} with
 * {@code P(Erlang(n, μ) > x) = P(Poisson(x/μ) ≤ n − 1)}.
 */
class CompoundPoissonTest {
    static final double LAMBDA = 3;
    static final double MEAN = 1e6;

    static double tail(double x) {
        return TestScenarios.compoundPoissonTail(LAMBDA, MEAN, x);
    }

    @Test
    void slashAndShortfallProbabilitiesMatchTheClosedForm() {
        double reserve = 2e6;
        double stake = 3e6;
        long n = 200_000;
        Scenario s = TestScenarios.compoundPoisson(LAMBDA, MEAN, reserve, stake, n);
        SimulationResult r;
        try (Engine e = Engine.create()) {
            r = e.run(s);
        }
        assertWithinSe(tail(reserve), r.metrics().of(MetricKey.P_SLASH), n, "p_slash");
        assertWithinSe(tail(reserve + stake), r.metrics().of(MetricKey.P_SHORTFALL), n, "p_shortfall");
        // expected total loss λμ is split between reserve, backstop and deficit
        double total = r.metrics().of(MetricKey.RESERVE_USED_USD_MEAN) + r.metrics().of(MetricKey.SLASHED_USD_MEAN)
                + r.metrics().of(MetricKey.DEFICIT_USD_MEAN);
        double sdTotal = Math.sqrt(LAMBDA * 2 * MEAN * MEAN);
        assertEquals(LAMBDA * MEAN, total, 4 * sdTotal / Math.sqrt(n), "mean total loss");
    }

    /** Within 4 standard errors of a proportion: a false failure has probability about 6e-5. */
    static void assertWithinSe(double expected, double actual, long n, String what) {
        double se = Math.sqrt(expected * (1 - expected) / n);
        assertTrue(Math.abs(actual - expected) <= 4 * se,
                what + ": expected " + expected + " ± " + 4 * se + " (4 SE), got " + actual);
    }
}
