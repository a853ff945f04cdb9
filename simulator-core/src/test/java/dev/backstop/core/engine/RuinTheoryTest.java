package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.Protocol;
import dev.backstop.core.model.Reserve;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Severity;
import dev.backstop.core.result.MetricKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classical ruin theory. The reserve is an insurer's surplus: initial capital u, premiums
 * {@code c = inflow · revenue · TVL} per year, claims at Poisson rate λ with exponential sizes of
 * mean μ, no backstop (stake 0), so a shortfall is ruin. For {@code c = (1 + θ)λμ} the
 * Cramér–Lundberg infinite-horizon ruin probability is {@code ψ(u) = exp(−θu / ((1 + θ)μ)) / (1 + θ)}.
 *
 * <p>Allowed biases, and why: (1) the model pays each step's premium before that step's claims,
 * so a claim can find up to {@code c·dt} more capital than in continuous time; the discrete
 * probability therefore lies between {@code ψ(u + c·dt)} and {@code ψ(u)}. (2) The horizon is 50
 * years, not infinite: by then the surplus has drifted to about u + 125 and the ruin that remains
 * possible after it, about {@code ψ(125)/(1+θ)·...}, is below 1e-10, so we allow nothing for it.
 * The band is then widened by 4 Monte Carlo standard errors on each side.
 */
class RuinTheoryTest {

    @Test
    void shortfallProbabilityApproachesCramerLundberg() {
        double lambda = 10;
        double mu = 1;
        double theta = 0.25;
        double u = 5;
        double tvl = 100;
        double c = (1 + theta) * lambda * mu;
        long n = 20_000;
        Scenario s = Scenario.of("Cramér–Lundberg", tvl, 0)
                .withHorizonDays(50 * 365)
                .withProtocol(Protocol.of(tvl).withRevenueRate(c / tvl))
                .withReserve(Reserve.of(u).withInflow(1))
                .withLosses(List.of(LossSource.of("claims", lambda, Severity.usd(new Distribution.Exponential(mu)))))
                .withPaths(n)
                .withSeed(7);
        double psi = psi(u, theta, mu);
        double psiWithPremium = psi(u + c / 365, theta, mu);
        double p;
        try (Engine e = Engine.create()) {
            p = e.run(s).metrics().of(MetricKey.P_SHORTFALL);
        }
        double se = Math.sqrt(psi * (1 - psi) / n);
        assertTrue(p >= psiWithPremium - 4 * se && p <= psi + 4 * se,
                "ruin probability " + p + " outside [" + psiWithPremium + ", " + psi + "] ± 4 SE (" + 4 * se + ")");
    }

    static double psi(double u, double theta, double mu) {
        return Math.exp(-theta * u / ((1 + theta) * mu)) / (1 + theta);
    }
}
