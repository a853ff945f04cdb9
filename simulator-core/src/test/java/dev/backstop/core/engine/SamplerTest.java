package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.model.Distribution;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Each hand-written sampler against commons-math3's CDF of the same distribution: a
 * Kolmogorov–Smirnov test on 20,000 draws with a fixed seed, failing below p = 0.001.
 */
class SamplerTest {

    static Stream<Arguments> distributions() {
        return Stream.of(
                Arguments.of(new Distribution.Triangular(0.1, 0.2, 0.6), new TriangularDistribution(0.1, 0.2, 0.6)),
                Arguments.of(new Distribution.LogNormal(5e6, 1.2), new LogNormalDistribution(Math.log(5e6), 1.2)),
                Arguments.of(new Distribution.Gamma(2.5, 10), new GammaDistribution(2.5, 4)),
                Arguments.of(new Distribution.Gamma(0.4, 2), new GammaDistribution(0.4, 5)),
                Arguments.of(new Distribution.Weibull(0.7, 3), new WeibullDistribution(0.7, 3)),
                Arguments.of(new Distribution.Pareto(10e6, 1.3), new ParetoDistribution(10e6, 1.3)),
                Arguments.of(new Distribution.Beta(2, 50), new BetaDistribution(2, 50)),
                Arguments.of(new Distribution.Beta(0.5, 0.5), new BetaDistribution(0.5, 0.5)));
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void drawsFollowTheDistribution(Distribution d, RealDistribution reference) {
        Sampler s = Sampler.of(d);
        RandomGenerator g = RandomStreams.of(11, 0, 0);
        double[] x = new double[20_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = s.sample(g);
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(reference, x);
        assertTrue(p > 0.001, d + ": KS p-value " + p);
    }
}
