package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.engine.Engine;
import dev.backstop.core.engine.RunOptions;
import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The worked validation of the library: {@code ruin-classic} is the Cramér–Lundberg model, whose
 * ruin probability has the closed form {@code ψ(u) = exp(−θu/((1+θ)μ)) / (1+θ)} for exponential
 * claims. The run's {@code p_shortfall} must fall in the bracket the file's comments derive:
 * the simulator pays each step's premium before that step's claims, so the discrete answer lies
 * between {@code ψ(u + c·dt)} and {@code ψ(u)}, less a finite-horizon term (shown negligible
 * below), widened by 4 standard errors of the Monte Carlo estimate.
 */
class RuinClassicTest {

    /** ψ(u) for exponential claims of mean μ and safety loading θ. */
    static double psi(double u, double theta, double mu) {
        return Math.exp(-theta * u / ((1 + theta) * mu)) / (1 + theta);
    }

    record Parameters(double u, double c, double lambda, double mu, double theta, double dtYears) {}

    /** λ, μ, c, u and θ as the scenario holds them, so that the closed form follows the file. */
    static Parameters parameters(Scenario s) {
        LossSource claims = s.losses().get(0);
        assertEquals(1, s.losses().size());
        double mu = ((Distribution.Exponential) claims.severity().distribution()).mean();
        double lambda = claims.rate();
        assertEquals(1.0, s.reserve().inflow(), "every premium goes to the surplus");
        assertTrue(s.reserve().target().isEmpty(), "no dividends");
        assertTrue(s.market().assets().isEmpty() && s.protocol().follows().isEmpty(), "the premium is constant");
        assertEquals(0, s.backstop().stake(), "no backstop: a shortfall is ruin");
        double c = s.protocol().revenueRate() * s.protocol().tvl();
        double theta = c / (lambda * mu) - 1;
        return new Parameters(s.reserve().initial(), c, lambda, mu, theta, s.stepDays() / 365);
    }

    @Test
    void theClosedFormInTheCommentsMatchesTheFilesNumbers() {
        Parameters p = parameters(BundledScenarios.load("ruin-classic").orThrow().scenario());
        assertEquals(0.5, p.theta(), 1e-12);
        String text = BundledScenarios.text("ruin-classic").orElseThrow();
        String upper = String.format(Locale.ROOT, "%.5f", psi(p.u(), p.theta(), p.mu()));
        String lower = String.format(Locale.ROOT, "%.5f", psi(p.u() + p.c() * p.dtYears(), p.theta(), p.mu()));
        assertEquals("0.34228", upper);
        assertEquals("0.33670", lower);
        assertTrue(text.contains("ψ(u + c·dt) = " + lower + " and ψ(u) = " + upper), "the comment states the bracket");
        // the sweep comment's values
        assertTrue(text.contains(String.format(Locale.ROOT, "ψ(6M) = %.3f", psi(6e6, p.theta(), p.mu()))));
        assertTrue(text.contains(String.format(Locale.ROOT, "ψ(10M) = %.3f", psi(10e6, p.theta(), p.mu()))));
    }

    @Test
    void pShortfallMatchesTheCramerLundbergClosedForm() {
        Scenario s = BundledScenarios.load("ruin-classic").orThrow().scenario();
        Parameters p = parameters(s);
        double upper = psi(p.u(), p.theta(), p.mu());
        double lower = psi(p.u() + p.c() * p.dtYears(), p.theta(), p.mu());
        try (Engine engine = Engine.withThreads(2)) {
            RunOptions options = RunOptions.DEFAULT.withKeepPaths(0).withValuePaths(0);
            double full = engine.run(s, options).metrics().of(MetricKey.P_SHORTFALL);
            double se = Math.sqrt(upper * (1 - upper) / s.paths());
            assertTrue(full >= lower - 4 * se && full <= upper + 4 * se,
                    () -> "p_shortfall " + full + " outside [" + lower + ", " + upper + "] ± 4 × " + se);

            // The finite-horizon term: path i draws the same numbers whatever the horizon, so the
            // half-horizon run sees a prefix of each path; the paths first ruined in the second
            // half are what the horizon can still add, and they must be negligible.
            Scenario half = s.withHorizonDays(s.horizonDays() / 2);
            double firstHalf = engine.run(half, options).metrics().of(MetricKey.P_SHORTFALL);
            assertTrue(firstHalf <= full, "ruin by 5 years implies ruin by 10");
            // Negligible means: at most 0.1 % of paths, allowing 4 standard errors of a share that small
            // (the late ruins are a count of rare events among s.paths() paths).
            double lateBound = 0.001 + 4 * Math.sqrt(0.001 / s.paths());
            assertTrue(full - firstHalf <= lateBound,
                    () -> "ruin after 5 years: " + (full - firstHalf) + " > " + lateBound);
        }
    }
}
