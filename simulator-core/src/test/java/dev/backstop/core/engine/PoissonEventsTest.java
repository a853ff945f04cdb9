package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Severity;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.SimulationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loss events come from exponential times between events. With a fixed severity of 1 USD and an
 * empty reserve and backstop, a path's deficit is its event count, which must be Poisson(λT):
 * mean and variance λT (each within 4 standard errors), and P(no event) = e^(−λT).
 * And for the same seed the count can only grow with the rate (common random numbers).
 */
class PoissonEventsTest {

    static SimulationResult run(double rate, double horizonDays, double stepDays, long paths) {
        Scenario s = Scenario.of("counts", 1e9, 0)
                .withHorizonDays(horizonDays).withStepDays(stepDays)
                .withLosses(List.of(LossSource.of("unit", rate, Severity.usd(new Distribution.Fixed(1)))))
                .withPaths(paths).withSeed(99);
        try (Engine e = Engine.withThreads(2)) {
            return e.run(s, RunOptions.DEFAULT.withKeepPaths(paths));
        }
    }

    @Test
    void countsArePoissonOverTheHorizon() {
        double rate = 2.5;
        long n = 100_000;
        // 7-day steps over 100 days: the last step is 2 days long
        SimulationResult r = run(rate, 100, 7, n);
        double lambda = rate * 100 / 365;
        double[] counts = r.pathSample().column(PathMeasure.DEFICIT_USD);
        double mean = 0;
        for (double x : counts) {
            mean += x;
        }
        mean /= n;
        double var = 0;
        for (double x : counts) {
            var += (x - mean) * (x - mean);
        }
        var /= n - 1;
        assertEquals(lambda, mean, 4 * Math.sqrt(lambda / n), "mean count");
        // the variance of the sample variance of a Poisson(λ) is about (λ + 2λ²)/n
        assertEquals(lambda, var, 4 * Math.sqrt((lambda + 2 * lambda * lambda) / n), "variance of the count");
        double p0 = Math.exp(-lambda);
        double shortfall = r.metrics().of(MetricKey.P_SHORTFALL);
        assertEquals(1 - p0, shortfall, 4 * Math.sqrt(p0 * (1 - p0) / n), "P(at least one event)");
    }

    @Test
    void aHigherRateNeverGivesFewerEventsOnTheSamePath() {
        double[] low = run(1.0, 365, 1, 2000).pathSample().column(PathMeasure.DEFICIT_USD);
        double[] high = run(1.3, 365, 1, 2000).pathSample().column(PathMeasure.DEFICIT_USD);
        for (int i = 0; i < low.length; i++) {
            assertTrue(high[i] >= low[i], "path " + i + ": " + low[i] + " events at rate 1, " + high[i] + " at 1.3");
        }
    }
}
