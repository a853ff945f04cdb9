package dev.backstop.core.study;

import dev.backstop.core.EngineExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.TestScenarios;
import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.result.MetricKey;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sizing solver against a closed form. A USD backstop with {@code max_slash 100%}, no inflow,
 * reserve R, and claims Poisson(λ) a year with exponential(μ) sizes: the year's total loss S is
 * compound Poisson, and a shortfall happens iff S &gt; R + stake, so
 * {@code p_shortfall(stake) = P(S > R + stake) = Σ_n P(N = n) · P(Poisson((R + stake)/μ) ≤ n − 1)}.
 * The stake meeting {@code p_shortfall <= t} exactly is the root x* of {@code P(S > R + x) = t}
 * (found with commons-math3's Brent solver).
 *
 * <p>Tolerance. The solver returns the meeting end v of a bracket [v − tol, v] whose other end does
 * not meet the target on the simulated paths. If the simulated probabilities at v and v − tol are
 * within 4 standard errors of the truth (a false failure about 1 in 10^4 per point), then
 * x*(t + 4 SE) ≤ v ≤ x*(t − 4 SE) + tol: the closed-form stake, widened by the Monte Carlo allowance
 * and the bisection tolerance. One step of 365 days: the claims' timing does not matter here, and the
 * day-by-day Poisson counts add up to the same Poisson(λ) count.
 */
class CompoundPoissonSizingTest {
    static final double LAMBDA = 3;
    static final double MEAN = 1e6;
    static final double RESERVE = 2e6;
    static final long PATHS = 200_000;

    @RegisterExtension
    static final EngineExtension ENGINE = new EngineExtension();


    /** P(S &gt; x) for the compound Poisson total loss. */
    static double tail(double x) {
        return TestScenarios.compoundPoissonTail(LAMBDA, MEAN, x);
    }

    /** The stake x with P(S &gt; R + x) = t. */
    static double closedFormStake(double t) {
        return new BrentSolver(1e-3).solve(10_000, x -> tail(RESERVE + x) - t, 0, 50e6);
    }

    static Scenario scenario() {
        return TestScenarios.compoundPoisson(LAMBDA, MEAN, RESERVE, 0, PATHS).withStepDays(365);
    }

    @ParameterizedTest(name = "p_shortfall <= {0}")
    @ValueSource(doubles = {0.01, 0.002})
    void sizedStakeMatchesTheClosedForm(double target) {
        SizeStudy study = new SizeStudy(ParameterPath.of("backstop.stake"), "p_shortfall",
                SizeStudy.Comparison.AT_MOST, target, 0, 20e6);
        SizeResult r = SizeSearch.size(scenario(), study, PointRunner.of(ENGINE.get()), SizeOptions.DEFAULT, 2);

        assertTrue(r.met(), "met");
        assertEquals(SizeResult.Outcome.CROSSING, r.outcome());
        assertEquals(SizeResult.Search.SMALLEST, r.search(), "p_shortfall falls as the stake grows");
        double tol = r.tolerance();
        assertEquals(20e3, tol, 1e-6, "default tolerance: 0.1 % of the range");
        double v = r.value().getAsDouble();
        double se = Math.sqrt(target * (1 - target) / PATHS);
        double lowest = closedFormStake(target + 4 * se);
        double highest = closedFormStake(target - 4 * se) + tol;
        double exact = closedFormStake(target);
        assertTrue(lowest <= v && v <= highest, "sized stake " + v + " should lie in [" + lowest + ", " + highest
                + "] around the closed form " + exact);
        // The metric at the value meets the target; the conservative value is on the safe side.
        assertTrue(r.atValue().get().metric(MetricKey.P_SHORTFALL).getAsDouble() <= target);
        assertEquals(SizeResult.Conservative.FOUND, r.conservative());
        double c = r.conservativeValue().getAsDouble();
        assertTrue(c >= v, "conservative " + c + " below the value " + v);
        assertTrue(r.atConservative().get().estimate(MetricKey.P_SHORTFALL).get().hi() <= target,
                "the interval's upper bound meets the target at the conservative value");
        // The conservative value is where the upper bound crosses: roughly the stake for t − 2 SE.
        assertTrue(c <= closedFormStake(target - 8 * se) + tol, "conservative " + c + " is not absurdly far");
    }
}
