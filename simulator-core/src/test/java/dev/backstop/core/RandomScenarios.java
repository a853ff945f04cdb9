package dev.backstop.core;

import dev.backstop.core.model.Asset;
import dev.backstop.core.model.Backstop;
import dev.backstop.core.model.Cap;
import dev.backstop.core.model.Correlation;
import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.Emissions;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.Market;
import dev.backstop.core.model.OnCrash;
import dev.backstop.core.model.Protocol;
import dev.backstop.core.model.Reserve;
import dev.backstop.core.model.Rewards;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Severity;
import dev.backstop.core.model.Stakers;
import dev.backstop.core.model.WaterfallOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * A seeded generator of valid scenarios, built from the model's own types (issue 6, property
 * tests): every block and option is switched on or off at random, numbers are drawn across their
 * valid ranges and include the edges (0, 100 %, correlation ±1) and "ugly" doubles with many
 * digits. Paths and steps are kept small so that hundreds of scenarios simulate in seconds.
 * Shared with the other modules through the test-jar. Not thread-safe (one instance per test).
 */
public final class RandomScenarios {
    private static final String[] SYMBOLS = {"ETH", "AAVE", "BTC", "TOK_2"};
    private static final String[] NAMES = {"random", "Lending \"v2\" — prêt", "a\\b # not a comment", "保险 🛡", ""};
    private static final double[] STEPS = {1, 1, 0.5, 0.25, 7, 3.3, 30, 1.0 / 24};

    private final SplittableRandom random;

    public RandomScenarios(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next scenario: valid by construction (the model's constructors would throw otherwise). */
    public Scenario next() {
        double step = pick(STEPS);
        double horizon = chance(0.2) ? round(uniform(1, 60), 2) : pick(new double[] {30, 90, 365, 400, 730});
        // few steps and paths: the properties hold path by path, they need variety, not precision
        while (Math.ceil(horizon / step) > 800) {
            step *= 2;
        }
        long paths = random.nextLong(16, 200);
        // seeds within what the language can write (numbers up to 1e15; a finding of this generator)
        long seed = random.nextLong(-1_000_000_000_000_000L, 1_000_000_000_000_001L);

        List<Asset> assets = new ArrayList<>();
        int nAssets = random.nextInt(0, 4);
        for (int i = 0; i < nAssets; i++) {
            assets.add(asset(SYMBOLS[i]));
        }
        List<Correlation> correlations = new ArrayList<>();
        if (nAssets == 2 && chance(0.5)) {
            // any correlation of two assets is positive semi-definite, the edges included
            correlations.add(new Correlation(SYMBOLS[0], SYMBOLS[1], chance(0.3) ? pick(new double[] {-1, 1, 0}) : uniform(-1, 1)));
        } else if (nAssets == 3) {
            // |rho| <= 0.3 on at most three pairs keeps the matrix diagonally dominant, hence PSD
            for (int i = 0; i < 3; i++) {
                for (int j = i + 1; j < 3; j++) {
                    if (chance(0.5)) {
                        correlations.add(new Correlation(SYMBOLS[i], SYMBOLS[j], uniform(-0.3, 0.3)));
                    }
                }
            }
        }
        Market market = new Market(assets, correlations);

        double tvl = chance(0.1) ? 0 : magnitude(6, 11);
        Optional<String> follows = nAssets > 0 && chance(0.5) ? Optional.of(SYMBOLS[random.nextInt(nAssets)]) : Optional.empty();
        Protocol protocol = new Protocol(tvl, follows, follows.isPresent() ? uniform(-1, 2) : 1,
                chance(0.2) ? 0 : uniform(0, 0.05));

        double inflow = chance(0.3) ? 0 : uniform(0, 0.6);
        Reserve reserve = new Reserve(chance(0.3) ? 0 : magnitude(3, 9), inflow,
                chance(0.3) ? OptionalDouble.of(uniform(0.001, 0.05)) : OptionalDouble.empty());

        List<LossSource> losses = new ArrayList<>();
        int nSources = random.nextInt(0, 4);
        for (int i = 0; i < nSources; i++) {
            losses.add(source("s" + i, assets));
        }

        String asset = nAssets > 0 && chance(0.6) ? SYMBOLS[random.nextInt(nAssets)] : Backstop.USD;
        boolean usd = asset.equals(Backstop.USD);
        double underlying = chance(0.6) ? 0 : uniform(0, 0.05);
        Rewards rewards = new Rewards(chance(0.3) ? 0 : uniform(0, 1 - inflow), emissions(usd), underlying);
        Backstop backstop = new Backstop(asset, chance(0.1) ? 0 : magnitude(3, 8),
                chance(0.1) ? pick(new double[] {0, 1}) : uniform(0, 1), chance(0.5) ? 0 : uniform(0, 0.9),
                chance(0.4) ? 0 : round(uniform(0, 60), 1), chance(0.5) ? WaterfallOrder.RESERVE_FIRST : WaterfallOrder.BACKSTOP_FIRST,
                rewards);

        double elasticity = chance(0.5) ? 0 : uniform(0, 10);
        double required = elasticity > 0 ? underlying + uniform(0.001, 0.2) : (chance(0.5) ? 0 : uniform(0, 0.2));
        Stakers stakers = new Stakers(required, elasticity, chance(0.5) ? 0 : uniform(0, 1), chance(0.5) ? 0 : uniform(0, 0.06));

        return new Scenario(pick(NAMES), horizon, step, paths, seed, market, protocol, reserve, losses, backstop, stakers);
    }

    private Asset asset(String symbol) {
        double crashes = chance(0.5) ? 0 : uniform(0, 4);
        Optional<Distribution> drop = crashes > 0 || chance(0.2) ? Optional.of(drop()) : Optional.empty();
        return new Asset(symbol, magnitude(-2, 5), chance(0.5) ? 0 : uniform(-0.5, 0.5),
                chance(0.2) ? 0 : uniform(0, 1.5), crashes, drop);
    }

    private Distribution drop() {
        switch (random.nextInt(4)) {
            case 0: {
                double lo = uniform(0, 0.5);
                return new Distribution.Uniform(lo, uniform(lo, 0.95));
            }
            case 1: {
                double lo = uniform(0, 0.3);
                double hi = uniform(lo + 0.01, 0.95);
                return new Distribution.Triangular(lo, uniform(lo, hi), hi);
            }
            case 2:
                return new Distribution.Beta(uniform(0.5, 5), uniform(0.5, 10));
            default:
                return new Distribution.Fixed(chance(0.2) ? 0 : uniform(0, 0.99));
        }
    }

    private LossSource source(String name, List<Asset> assets) {
        Optional<OnCrash> onCrash = !assets.isEmpty() && chance(0.4)
                ? Optional.of(new OnCrash(assets.get(random.nextInt(assets.size())).symbol(), chance(0.2) ? 1 : uniform(0, 1)))
                : Optional.empty();
        boolean fraction = chance(0.3);
        Severity severity = fraction ? Severity.fractionOfTvl(fractionDistribution()) : Severity.usd(usdDistribution());
        Optional<Cap> cap = chance(0.5) ? Optional.empty()
                : Optional.of(chance(0.5) ? Cap.ofUsd(magnitude(4, 9)) : Cap.ofTvl(uniform(0, 0.5)));
        return new LossSource(name, chance(0.5) ? name : pick(NAMES) + " " + name, chance(0.2) ? 0 : uniform(0, 12),
                onCrash, severity, cap);
    }

    private Distribution usdDistribution() {
        double scale = magnitude(3, 8);
        switch (random.nextInt(10)) {
            case 0: return new Distribution.Fixed(scale);
            case 1: return new Distribution.Uniform(0, scale);
            case 2: return new Distribution.Triangular(0, scale / 3, scale);
            case 3: return new Distribution.Normal(scale, scale * uniform(0, 2));
            case 4: return new Distribution.LogNormal(scale, uniform(0, 2.5));
            case 5: return new Distribution.Exponential(scale);
            case 6: return new Distribution.Gamma(uniform(0.2, 5), scale);
            case 7: return new Distribution.Weibull(uniform(0.3, 3), scale);
            case 8: return new Distribution.Pareto(scale, chance(0.3) ? uniform(0.3, 1) : uniform(1, 4));
            default: return new Distribution.Fixed(0);
        }
    }

    private Distribution fractionDistribution() {
        switch (random.nextInt(4)) {
            case 0: return new Distribution.Beta(uniform(0.5, 3), uniform(5, 200));
            case 1: return new Distribution.Uniform(0, uniform(0, 0.1));
            case 2: return new Distribution.Fixed(uniform(0, 0.05));
            default: return new Distribution.Exponential(uniform(0.0001, 0.02));
        }
    }

    /**
     * Emissions in asset units or USD. For a USD backstop the two are the same thing, and the
     * language writes them as asset units ({@code rateInUsd} false): the model has two equal-meaning
     * forms there, and this generator uses the one that prints and parses back.
     */
    private Emissions emissions(boolean usdBackstop) {
        switch (random.nextInt(4)) {
            case 0: return Emissions.NONE;
            case 1: return Emissions.flat(magnitude(2, 6));
            case 2: return usdBackstop ? Emissions.flat(magnitude(4, 8)) : Emissions.flatUsd(magnitude(4, 8));
            default: {
                boolean rateInUsd = !usdBackstop && chance(0.5);
                boolean targetInUsd = !usdBackstop && chance(0.5);
                return Emissions.curve(magnitude(3, 7), rateInUsd, magnitude(4, 9), targetInUsd);
            }
        }
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private double uniform(double lo, double hi) {
        double v = lo + (hi - lo) * random.nextDouble();
        // half the numbers keep all their digits, to test the printer on doubles that are not round
        return chance(0.5) ? significant(v) : v;
    }

    /** {@code v} to three significant digits, clamped back into range by the callers' bounds. */
    private static double significant(double v) {
        if (v == 0) {
            return 0;
        }
        double p = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 2);
        return Math.round(v / p) * p;
    }

    /** 10^U(lo, hi), sometimes rounded to three significant digits. */
    private double magnitude(int lo, int hi) {
        double v = Math.pow(10, lo + (hi - lo) * random.nextDouble());
        return chance(0.5) ? significant(v) : v;
    }

    private static double round(double v, int decimals) {
        double p = Math.pow(10, decimals);
        return Math.round(v * p) / p;
    }

    private double pick(double[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
