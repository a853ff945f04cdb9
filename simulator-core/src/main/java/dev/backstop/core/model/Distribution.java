package dev.backstop.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * A probability distribution of the scenario language (SPEC §2). Pure parameters: sampling lives in
 * the engine ({@code dev.backstop.core.engine.Sampler}), which takes an explicit generator.
 * All implementations are immutable records and thread-safe.
 *
 * <p>Arguments are in the unit of their use: USD for a severity in USD, a plain fraction for a
 * severity that is a fraction of TVL or for a price drop.
 */
public sealed interface Distribution {

    /** The name as written in the language ({@code lognormal}). */
    String kind();

    /** Argument names in positional order, as written in the language. */
    List<String> argumentNames();

    /** Argument values in positional order (empty for {@link Empirical}). */
    double[] arguments();

    /** True where the distribution's argument {@code i} is an amount (carries a unit when used for money). */
    default boolean isAmountArgument(int i) {
        return true;
    }

    /** Smallest and largest possible draw, for range checks of drop distributions. */
    double supportMin();

    double supportMax();

    record Fixed(double x) implements Distribution {
        public Fixed {
            Check.finite(x, "fixed(x)");
        }
        public String kind() { return "fixed"; }
        public List<String> argumentNames() { return List.of("x"); }
        public double[] arguments() { return new double[] {x}; }
        public double supportMin() { return x; }
        public double supportMax() { return x; }
    }

    record Uniform(double lo, double hi) implements Distribution {
        public Uniform {
            Check.finite(lo, "uniform(lo)");
            Check.finite(hi, "uniform(hi)");
            Check.that(lo <= hi, "uniform needs lo <= hi, got lo " + lo + " and hi " + hi);
        }
        public String kind() { return "uniform"; }
        public List<String> argumentNames() { return List.of("lo", "hi"); }
        public double[] arguments() { return new double[] {lo, hi}; }
        public double supportMin() { return lo; }
        public double supportMax() { return hi; }
    }

    record Triangular(double lo, double mode, double hi) implements Distribution {
        public Triangular {
            Check.finite(lo, "triangular(lo)");
            Check.finite(mode, "triangular(mode)");
            Check.finite(hi, "triangular(hi)");
            Check.that(lo <= mode && mode <= hi && lo < hi,
                    "triangular needs lo <= mode <= hi and lo < hi, got " + lo + ", " + mode + ", " + hi);
        }
        public String kind() { return "triangular"; }
        public List<String> argumentNames() { return List.of("lo", "mode", "hi"); }
        public double[] arguments() { return new double[] {lo, mode, hi}; }
        public double supportMin() { return lo; }
        public double supportMax() { return hi; }
    }

    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            Check.finite(mean, "normal(mean)");
            Check.nonNegative(sd, "normal(sd)");
        }
        public String kind() { return "normal"; }
        public List<String> argumentNames() { return List.of("mean", "sd"); }
        public double[] arguments() { return new double[] {mean, sd}; }
        public double supportMin() { return sd == 0 ? mean : Double.NEGATIVE_INFINITY; }
        public double supportMax() { return sd == 0 ? mean : Double.POSITIVE_INFINITY; }
    }

    /** Log-normal given by its median {@code exp(mu)} and the sd {@code sigma} of the log. */
    record LogNormal(double median, double sigma) implements Distribution {
        public LogNormal {
            Check.positive(median, "lognormal(median)");
            Check.inRange(sigma, 0, 20, "lognormal(sigma)");
        }
        public String kind() { return "lognormal"; }
        public List<String> argumentNames() { return List.of("median", "sigma"); }
        public double[] arguments() { return new double[] {median, sigma}; }
        public boolean isAmountArgument(int i) { return i == 0; }
        public double supportMin() { return 0; }
        public double supportMax() { return sigma == 0 ? median : Double.POSITIVE_INFINITY; }
    }

    record Exponential(double mean) implements Distribution {
        public Exponential {
            Check.positive(mean, "exponential(mean)");
        }
        public String kind() { return "exponential"; }
        public List<String> argumentNames() { return List.of("mean"); }
        public double[] arguments() { return new double[] {mean}; }
        public double supportMin() { return 0; }
        public double supportMax() { return Double.POSITIVE_INFINITY; }
    }

    /** Gamma given by its shape {@code k} and its mean {@code k·θ}. */
    record Gamma(double shape, double mean) implements Distribution {
        public Gamma {
            Check.positive(shape, "gamma(shape)");
            Check.positive(mean, "gamma(mean)");
        }
        public String kind() { return "gamma"; }
        public List<String> argumentNames() { return List.of("shape", "mean"); }
        public double[] arguments() { return new double[] {shape, mean}; }
        public boolean isAmountArgument(int i) { return i == 1; }
        public double supportMin() { return 0; }
        public double supportMax() { return Double.POSITIVE_INFINITY; }
    }

    record Weibull(double shape, double scale) implements Distribution {
        public Weibull {
            Check.positive(shape, "weibull(shape)");
            Check.positive(scale, "weibull(scale)");
        }
        public String kind() { return "weibull"; }
        public List<String> argumentNames() { return List.of("shape", "scale"); }
        public double[] arguments() { return new double[] {shape, scale}; }
        public boolean isAmountArgument(int i) { return i == 1; }
        public double supportMin() { return 0; }
        public double supportMax() { return Double.POSITIVE_INFINITY; }
    }

    /** Pareto type I: {@code P(X > x) = (min / x)^alpha} for {@code x >= min}. */
    record Pareto(double min, double alpha) implements Distribution {
        public Pareto {
            Check.positive(min, "pareto(min)");
            Check.positive(alpha, "pareto(alpha)");
        }
        public String kind() { return "pareto"; }
        public List<String> argumentNames() { return List.of("min", "alpha"); }
        public double[] arguments() { return new double[] {min, alpha}; }
        public boolean isAmountArgument(int i) { return i == 0; }
        public double supportMin() { return min; }
        public double supportMax() { return Double.POSITIVE_INFINITY; }
    }

    record Beta(double a, double b) implements Distribution {
        public Beta {
            Check.positive(a, "beta(a)");
            Check.positive(b, "beta(b)");
        }
        public String kind() { return "beta"; }
        public List<String> argumentNames() { return List.of("a", "b"); }
        public double[] arguments() { return new double[] {a, b}; }
        public boolean isAmountArgument(int i) { return false; }
        public double supportMin() { return 0; }
        public double supportMax() { return 1; }
    }

    /**
     * Resampling of observed values. {@code file} is the name as written in the scenario; the values
     * were read by the language module (the core does no I/O). The array is copied in and out.
     */
    record Empirical(String file, double[] values) implements Distribution {
        public Empirical {
            Check.notNull(file, "empirical(file)");
            Check.notNull(values, "empirical values");
            Check.that(values.length > 0, "empirical(\"" + file + "\") holds no values");
            values = values.clone();
            for (double v : values) {
                Check.finite(v, "empirical(\"" + file + "\") value");
            }
        }
        public String kind() { return "empirical"; }
        public List<String> argumentNames() { return List.of("file"); }
        public double[] arguments() { return new double[0]; }
        @Override public double[] values() { return values.clone(); }
        public double supportMin() { return Arrays.stream(values).min().orElse(0); }
        public double supportMax() { return Arrays.stream(values).max().orElse(0); }

        @Override
        public boolean equals(Object o) {
            return o instanceof Empirical e && e.file.equals(file) && Arrays.equals(e.values, values);
        }

        @Override
        public int hashCode() {
            return file.hashCode() * 31 + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Empirical[file=" + file + ", n=" + values.length + "]";
        }
    }
}
