package dev.backstop.core.engine;

import dev.backstop.core.model.Distribution;
import java.util.random.RandomGenerator;

/**
 * Draws from one distribution of the language with an explicit generator (STYLE 5). Each sampler
 * is a direct formula on the JDK generator's uniform, ziggurat normal and ziggurat exponential draws:
 * commons-math3's samplers go through a generic inverse-CDF or object-per-draw path that costs
 * several times more in the engine's inner loop. Implementations are immutable and thread-safe.
 */
public interface Sampler {

    double sample(RandomGenerator g);

    /** The sampler of a model distribution. */
    static Sampler of(Distribution d) {
        if (d instanceof Distribution.Fixed f) {
            double x = f.x();
            return g -> x;
        } else if (d instanceof Distribution.Uniform u) {
            double lo = u.lo();
            double width = u.hi() - u.lo();
            return g -> lo + width * g.nextDouble();
        } else if (d instanceof Distribution.Triangular t) {
            return new Triangular(t.lo(), t.mode(), t.hi());
        } else if (d instanceof Distribution.Normal n) {
            double mean = n.mean();
            double sd = n.sd();
            return g -> mean + sd * g.nextGaussian();
        } else if (d instanceof Distribution.LogNormal l) {
            double median = l.median();
            double sigma = l.sigma();
            return g -> median * Math.exp(sigma * g.nextGaussian());
        } else if (d instanceof Distribution.Exponential e) {
            double mean = e.mean();
            return g -> mean * g.nextExponential();
        } else if (d instanceof Distribution.Gamma gm) {
            return new Gamma(gm.shape(), gm.mean() / gm.shape());
        } else if (d instanceof Distribution.Weibull w) {
            double invShape = 1 / w.shape();
            double scale = w.scale();
            // -ln(U) is a standard exponential: use the generator's ziggurat exponential.
            return g -> scale * Math.pow(g.nextExponential(), invShape);
        } else if (d instanceof Distribution.Pareto p) {
            double min = p.min();
            double invAlpha = 1 / p.alpha();
            // U^(-1/alpha) = exp(E/alpha) with E standard exponential. It overflows to infinity for
            // alpha below about 0.07; the language refuses an uncapped Pareto with alpha < 0.25, and
            // a cap turns an infinite draw into the cap.
            return g -> min * Math.exp(g.nextExponential() * invAlpha);
        } else if (d instanceof Distribution.Beta b) {
            return new Beta(b.a(), b.b());
        } else if (d instanceof Distribution.Empirical e) {
            double[] values = e.values();
            return g -> values[g.nextInt(values.length)];
        }
        throw new IllegalArgumentException("no sampler for " + d.kind());
    }

    /** Inverse CDF of the triangular distribution. */
    final class Triangular implements Sampler {
        private final double lo;
        private final double hi;
        private final double split;
        private final double left;
        private final double right;

        Triangular(double lo, double mode, double hi) {
            this.lo = lo;
            this.hi = hi;
            double range = hi - lo;
            this.split = (mode - lo) / range;
            this.left = range * (mode - lo);
            this.right = range * (hi - mode);
        }

        @Override
        public double sample(RandomGenerator g) {
            double u = g.nextDouble();
            return u < split ? lo + Math.sqrt(u * left) : hi - Math.sqrt((1 - u) * right);
        }
    }

    /**
     * Marsaglia and Tsang's method (ACM TOMS 26(3), 2000), with the {@code U^(1/k)} boost for
     * shape &lt; 1: two or three draws per variate against commons-math3's object-per-draw sampler.
     */
    final class Gamma implements Sampler {
        private final double scale;
        private final double d;
        private final double c;
        private final double invShape;
        private final boolean boost;

        Gamma(double shape, double scale) {
            this.scale = scale;
            this.boost = shape < 1;
            double k = boost ? shape + 1 : shape;
            this.d = k - 1.0 / 3;
            this.c = 1 / Math.sqrt(9 * d);
            this.invShape = 1 / shape;
        }

        @Override
        public double sample(RandomGenerator g) {
            return scale * standard(g);
        }

        double standard(RandomGenerator g) {
            double x;
            while (true) {
                double z = g.nextGaussian();
                double v = 1 + c * z;
                if (v <= 0) {
                    continue;
                }
                v = v * v * v;
                double u = g.nextDouble();
                if (u < 1 - 0.0331 * z * z * z * z || Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) {
                    x = d * v;
                    break;
                }
            }
            if (boost) {
                x *= Math.pow(g.nextDouble(), invShape);
            }
            return x;
        }
    }

    /** Beta as {@code X/(X+Y)} of two gamma variates. */
    final class Beta implements Sampler {
        private static final double ONE_BELOW = Math.nextDown(1.0);
        private final Gamma x;
        private final Gamma y;

        Beta(double a, double b) {
            this.x = new Gamma(a, 1);
            this.y = new Gamma(b, 1);
        }

        @Override
        public double sample(RandomGenerator g) {
            double gx = x.standard(g);
            double gy = y.standard(g);
            double s = gx + gy;
            if (!(s > 0)) {
                return 0.5;
            }
            // A beta draw is below 1 with probability one, but gy can underflow to 0 and the ratio
            // round to 1.0, which would make a crash's ln(1 − d) infinite: keep it representable.
            return Math.min(gx / s, ONE_BELOW);
        }
    }
}
