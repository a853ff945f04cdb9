package dev.backstop.lang;

import dev.backstop.core.model.Asset;
import dev.backstop.core.model.Backstop;
import dev.backstop.core.model.Cap;
import dev.backstop.core.model.Correlation;
import dev.backstop.core.model.CorrelationFactor;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the syntax tree of a scenario block into the {@link Scenario} of the model, checking every
 * value where it is written: units, ranges of SPEC §1–2, declared assets, duplicates, required
 * settings, the rules that involve several blocks, and that the correlation matrix is positive
 * semi-definite. A missing setting takes the SPEC's default. Each broken setting is reported and
 * replaced by its default so that checking goes on and finds the other errors. Not thread-safe
 * (one instance per text).
 */
final class Checker {
    private final Diagnostics diagnostics;
    private final Path baseDir;
    private Quantities quantities = new Quantities(Set.of());
    private Distributions distributions;

    Checker(Diagnostics diagnostics, Path baseDir) {
        this.diagnostics = diagnostics;
        this.baseDir = baseDir;
    }

    /** The scenario, or null if it has errors (all reported). */
    Scenario scenario(Ast.File file) {
        Ast.Block b = file.scenario();
        Map<String, Ast.Setting> top = index(b, "the scenario block");
        Set<String> declared = declaredAssets(top.get("market"));
        quantities = new Quantities(declared);
        distributions = new Distributions(quantities, baseDir);

        double horizon = read(top.get("horizon"), s -> {
            double v = quantities.days(s.quantity(), "horizon", false);
            require(v > 0, s.quantity(), "horizon must be greater than zero");
            require(v <= Scenario.MAX_HORIZON_DAYS, s.quantity(), "horizon must be at most 36500 days (100 years)");
            return v;
        }, 365.0);
        double step = read(top.get("step"), s -> {
            double v = quantities.days(s.quantity(), "step", false);
            require(v > 0, s.quantity(), "step must be greater than zero");
            require(v <= Scenario.MAX_HORIZON_DAYS, s.quantity(), "step must be at most 36500 days");
            return v;
        }, 1.0);
        if (Math.ceil(horizon / step) > Scenario.MAX_STEPS) {
            Ast.Setting at = top.get("step") != null ? top.get("step") : top.get("horizon");
            diagnostics.error(at.quantity().number(), "horizon / step gives " + (long) Math.ceil(horizon / step)
                    + " steps; at most " + Scenario.MAX_STEPS + " are allowed", "use a longer step");
        }
        long paths = read(top.get("paths"), s -> {
            long v = quantities.whole(s.quantity(), "paths");
            require(v >= 1 && v <= Scenario.MAX_PATHS, s.quantity(), "paths must be between 1 and 10^12");
            return v;
        }, 10_000L);
        long seed = read(top.get("seed"), s -> quantities.whole(s.quantity(), "seed"), 1L);

        Market market = market(top.get("market"), declared);
        Ast.Setting protocolSetting = top.get("protocol");
        if (protocolSetting == null && !b.broken().contains("protocol")) {
            diagnostics.error(file.scenarioKeyword(), "the scenario needs a protocol block with its tvl",
                    "add protocol { tvl 10B USD }");
        }
        Protocol protocol = protocolSetting == null ? Protocol.of(0) : protocol(protocolSetting.block(), declared);
        Map<String, Ast.Setting> reserveSettings = top.get("reserve") == null ? Map.of()
                : index(top.get("reserve").block(), "reserve");
        Reserve reserve = reserve(reserveSettings);
        List<LossSource> losses = losses(top.get("losses"), declared);
        Ast.Setting backstopSetting = top.get("backstop");
        if (backstopSetting == null && !b.broken().contains("backstop")) {
            diagnostics.error(file.scenarioKeyword(), "the scenario needs a backstop block with its stake",
                    "add backstop { asset USD  stake 100M USD }");
        }
        BackstopParts backstop = backstopSetting == null ? new BackstopParts(Backstop.usd(0), Map.of())
                : backstop(backstopSetting.block(), declared);
        Map<String, Ast.Setting> stakerSettings = top.get("stakers") == null ? Map.of()
                : index(top.get("stakers").block(), "stakers");
        Stakers stakers = stakers(stakerSettings);

        // rules across blocks (SPEC §1.2 steps 4 and 7); a block that could not be built has had its
        // error reported already, and the rules that need it are skipped
        Rewards rewards = backstop.backstop() == null ? null : backstop.backstop().rewards();
        if (reserve != null && rewards != null && reserve.inflow() + rewards.revenueShare() > 1 + 1e-12) {
            Ast.Setting at = backstop.rewards().getOrDefault("revenue_share", reserveSettings.get("inflow"));
            diagnostics.error(at.quantity().number(), "reserve inflow (" + percent(reserve.inflow())
                    + ") + rewards revenue_share (" + percent(rewards.revenueShare()) + ") exceed 100% of revenue",
                    "the reserve and the stakers cannot together get more than all of the revenue");
        }
        if (stakers != null && rewards != null && stakers.elasticity() > 0
                && stakers.requiredYield() <= rewards.underlyingYield()) {
            Ast.Setting at = stakerSettings.get("elasticity");
            diagnostics.error(at.quantity().number(), "stakers with elasticity > 0 need a required_yield above the "
                    + "underlying_yield (" + percent(rewards.underlyingYield()) + "/yr), got required_yield "
                    + percent(stakers.requiredYield()) + "/yr", "set e.g. required_yield 8%/yr, or elasticity 0/yr");
        }
        if (diagnostics.hasErrors()) {
            return null;
        }
        String name = file.name() == null ? "" : file.name().text();
        return build(file.scenarioKeyword(), () -> new Scenario(name, horizon, step, paths, seed, market, protocol,
                reserve, losses, backstop.backstop(), stakers));
    }

    // ---------------------------------------------------------------- market

    private Set<String> declaredAssets(Ast.Setting marketSetting) {
        Set<String> out = new LinkedHashSet<>();
        if (marketSetting != null) {
            for (Ast.Setting s : marketSetting.block().settings()) {
                if (s.key().is("asset") && s.block() != null) {
                    out.add(s.block().name().text());
                }
            }
        }
        return out;
    }

    private Market market(Ast.Setting marketSetting, Set<String> declared) {
        if (marketSetting == null) {
            return Market.EMPTY;
        }
        List<Asset> assets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Ast.Setting> correlationSettings = new ArrayList<>();
        for (Ast.Setting s : marketSetting.block().settings()) {
            if (s.key().is("correlation")) {
                correlationSettings.add(s);
                continue;
            }
            Token name = s.block().name();
            if (!seen.add(name.text())) {
                diagnostics.error(name, "asset " + name.text() + " is declared twice");
                continue;
            }
            if (name.text().equals(Backstop.USD)) {
                diagnostics.error(name, "USD is the unit of account, not a market asset", "remove this asset block");
                continue;
            }
            Asset a = asset(s.block());
            if (a != null) {
                assets.add(a);
            }
        }
        List<Correlation> correlations = new ArrayList<>();
        List<Ast.Setting> read = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        Set<String> built = new HashSet<>();
        assets.forEach(a -> built.add(a.symbol()));
        for (Ast.Setting s : correlationSettings) {
            Correlation c = read(s, x -> correlation(x, declared, pairs), null);
            if (c != null && built.contains(c.a()) && built.contains(c.b())) {
                correlations.add(c);
                read.add(s);
            }
        }
        String problem = psdProblem(assets, correlations);
        if (problem != null) {
            Ast.Setting at = culprit(assets, correlations, read);
            diagnostics.error(at.key(), "correlation " + at.word().text() + " " + at.word2().text() + " "
                    + at.quantity().number().text() + " cannot hold together with the other correlations: " + problem,
                    "a correlation matrix must be positive semi-definite");
            return null;
        }
        return build(marketSetting.key(), () -> new Market(assets, correlations));
    }

    /** Why the market's correlation matrix cannot be factorised (SPEC §1.2 step 1), or null if it can. */
    private static String psdProblem(List<Asset> assets, List<Correlation> correlations) {
        try {
            CorrelationFactor.of(new Market(assets, correlations));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The correlation to point at when the matrix is impossible: the last one without which the
     * rest would be possible, else the last one written (the set is complete only there).
     */
    private static Ast.Setting culprit(List<Asset> assets, List<Correlation> correlations, List<Ast.Setting> settings) {
        if (correlations.size() <= 200) {
            for (int i = correlations.size() - 1; i >= 0; i--) {
                List<Correlation> without = new ArrayList<>(correlations);
                without.remove(i);
                if (psdProblem(assets, without) == null) {
                    return settings.get(i);
                }
            }
        }
        return settings.get(settings.size() - 1);
    }

    private Correlation correlation(Ast.Setting s, Set<String> declared, Set<String> pairs) {
        Token a = s.word();
        Token b = s.word2();
        assetDeclared(a, declared, "correlation");
        assetDeclared(b, declared, "correlation");
        if (a.text().equals(b.text())) {
            throw new LangError(b, "an asset cannot be correlated with itself: " + a.text());
        }
        double rho = quantities.fraction(s.quantity(), "correlation");
        require(rho >= -1 && rho <= 1, s.quantity(), "correlation must be between -1 and 1, got "
                + Quantities.text(s.quantity()));
        String key = a.text().compareTo(b.text()) < 0 ? a.text() + " " + b.text() : b.text() + " " + a.text();
        if (!pairs.add(key)) {
            throw new LangError(s.key(), "correlation " + key + " is given twice");
        }
        return new Correlation(a.text(), b.text(), rho);
    }

    private Asset asset(Ast.Block b) {
        String sym = b.name().text();
        String what = "asset " + sym;
        Map<String, Ast.Setting> m = index(b, what);
        int before = diagnostics.count();
        if (m.get("price") == null && !b.broken().contains("price")) {
            diagnostics.error(b.name(), what + " needs a price", "write price 3000 USD");
        }
        double price = read(m.get("price"), s -> {
            double v = quantities.amount(s.quantity(), "USD", what + " price", false);
            require(v > 0, s.quantity(), what + " price must be greater than zero, got " + Quantities.text(s.quantity()));
            return v;
        }, 1.0);
        double drift = read(m.get("drift"), s -> rangePerYear(s, what + " drift", -10, 10), 0.0);
        double vol = read(m.get("volatility"), s -> {
            double v = quantities.perYear(s.quantity(), what + " volatility", true, false);
            require(v >= 0, s.quantity(), what + " volatility must not be negative, got " + Quantities.text(s.quantity()));
            require(v <= 10, s.quantity(), what + " volatility must be at most 1000%/yr, got " + Quantities.text(s.quantity()));
            return v;
        }, 0.0);
        double crashes = read(m.get("crashes"), s -> {
            double v = quantities.perYear(s.quantity(), what + " crashes", false, true);
            require(v >= 0 && v <= 1000, s.quantity(), what + " crashes must be between 0/yr and 1000/yr, got "
                    + Quantities.text(s.quantity()));
            return v;
        }, 0.0);
        Optional<Distribution> drop = Optional.ofNullable(read(m.get("drop"),
                s -> distributions.read(s.dist(), Distributions.Use.DROP, what + " drop"), null));
        if (crashes > 0 && m.get("drop") == null && !b.broken().contains("drop")) {
            diagnostics.error(m.get("crashes").key(), what + " has crashes but no drop distribution",
                    "add e.g. drop uniform(15%, 40%)");
        }
        if (diagnostics.count() > before) {
            return null;
        }
        return build(b.key(), () -> new Asset(sym, price, drift, vol, crashes, drop));
    }

    // ---------------------------------------------------------------- protocol, reserve, losses

    private Protocol protocol(Ast.Block b, Set<String> declared) {
        Map<String, Ast.Setting> m = index(b, "protocol");
        if (m.get("tvl") == null && !b.broken().contains("tvl")) {
            diagnostics.error(b.key(), "protocol needs its tvl", "write tvl 10B USD");
        }
        double tvl = read(m.get("tvl"), s -> nonNegative(quantities.amount(s.quantity(), "USD", "tvl", false), s, "tvl"), 0.0);
        Ast.Setting f = m.get("follows");
        Optional<String> follows = Optional.ofNullable(read(f, s -> {
            assetDeclared(s.word(), declared, "protocol follows");
            return s.word().text();
        }, null));
        double beta = read(f, s -> {
            if (s.second() == null) {
                return 1.0;
            }
            double v = quantities.plain(s.second(), "beta");
            require(v >= -10 && v <= 10, s.second(), "beta must be between -10 and 10, got " + Quantities.text(s.second()));
            return v;
        }, 1.0);
        double revenue = read(m.get("revenue"), s -> {
            of(s, "tvl", "revenue is a share of tvl per year");
            return rangePerYear(s, "revenue", 0, 10);
        }, 0.0);
        return build(b.key(), () -> new Protocol(tvl, follows, beta, revenue));
    }

    private Reserve reserve(Map<String, Ast.Setting> m) {
        double initial = read(m.get("initial"), s ->
                nonNegative(quantities.amount(s.quantity(), "USD", "reserve initial", false), s, "reserve initial"), 0.0);
        double inflow = read(m.get("inflow"), s -> {
            of(s, "revenue", "inflow is a share of revenue");
            return share(s.quantity(), "reserve inflow");
        }, 0.0);
        Double target = read(m.get("target"), s -> {
            of(s, "tvl", "target is a share of tvl");
            double v = quantities.fraction(s.quantity(), "reserve target");
            require(v >= 0 && v <= 100, s.quantity(), "reserve target must be between 0% and 10000% of tvl, got "
                    + Quantities.text(s.quantity()));
            return v;
        }, null);
        Ast.Setting any = m.values().stream().findFirst().orElse(null);
        return build(any == null ? null : any.key(), () -> new Reserve(initial, inflow,
                target == null ? OptionalDouble.empty() : OptionalDouble.of(target)));
    }

    private List<LossSource> losses(Ast.Setting lossesSetting, Set<String> declared) {
        List<LossSource> out = new ArrayList<>();
        if (lossesSetting == null) {
            return out;
        }
        Set<String> names = new HashSet<>();
        for (Ast.Setting s : lossesSetting.block().settings()) {
            Token name = s.block().name();
            if (!names.add(name.text())) {
                diagnostics.error(name, "loss source " + name.text() + " is declared twice", "give each source its own name");
                continue;
            }
            LossSource l = source(s.block(), declared);
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    /** Smallest Pareto alpha allowed without a cap (see {@link #source}). */
    static final double MIN_UNCAPPED_PARETO_ALPHA = 0.25;

    private LossSource source(Ast.Block b, Set<String> declared) {
        String name = b.name().text();
        String what = "loss source " + name;
        Map<String, Ast.Setting> m = index(b, what);
        int before = diagnostics.count();
        String label = read(m.get("label"), s -> s.word().text(), name);
        double rate = read(m.get("rate"), s -> {
            double v = quantities.perYear(s.quantity(), what + " rate", false, true);
            require(v >= 0 && v <= 1e6, s.quantity(), what + " rate must be between 0/yr and 1000000/yr, got "
                    + Quantities.text(s.quantity()));
            return v;
        }, 0.0);
        Optional<OnCrash> onCrash = Optional.ofNullable(read(m.get("on_crash"), s -> {
            assetDeclared(s.word(), declared, what + " on_crash");
            return new OnCrash(s.word().text(), share(s.quantity(), what + " on_crash probability"));
        }, null));
        if (m.get("severity") == null && !b.broken().contains("severity")) {
            diagnostics.error(b.name(), what + " needs a severity", "write severity lognormal(median: 5M USD, sigma: 1.2)");
        }
        Severity severity = read(m.get("severity"), s -> {
            boolean fraction = s.fraction() || s.of() != null;
            if (s.of() != null) {
                of(s, "tvl", "a severity is in USD or a fraction of tvl");
            }
            Distribution d = distributions.read(s.dist(), fraction ? Distributions.Use.FRACTION : Distributions.Use.USD,
                    what + " severity");
            return new Severity(d, fraction);
        }, null);
        Optional<Cap> cap = Optional.ofNullable(read(m.get("cap"), s -> {
            if (s.of() != null || s.quantity().percent() != null) {
                of(s, "tvl", "a cap is an amount in USD or a share of tvl");
                double v = quantities.fraction(s.quantity(), what + " cap");
                require(v >= 0, s.quantity(), what + " cap must not be negative, got " + Quantities.text(s.quantity()));
                require(v <= 100, s.quantity(), what + " cap must be at most 10000% of tvl, got " + Quantities.text(s.quantity()));
                return Cap.ofTvl(v);
            }
            double v = quantities.amount(s.quantity(), "USD", what + " cap", false);
            require(v >= 0, s.quantity(), what + " cap must not be negative, got " + Quantities.text(s.quantity()));
            return Cap.ofUsd(v);
        }, null));
        if (severity != null && cap.isEmpty() && severity.distribution() instanceof Distribution.Pareto p
                && p.alpha() < MIN_UNCAPPED_PARETO_ALPHA) {
            // exp(E / alpha) with E a standard exponential draw: below this alpha single draws pass
            // 10^150 USD and their squares overflow, so means and intervals would come out infinite
            diagnostics.error(m.get("severity").key(), what + " severity pareto(alpha " + p.alpha()
                    + ") needs a cap: below alpha " + MIN_UNCAPPED_PARETO_ALPHA + " single losses reach numbers "
                    + "too large to mean anything", "add e.g. cap 25% of tvl");
        }
        if (diagnostics.count() > before) {
            return null;
        }
        return build(b.key(), () -> new LossSource(name, label, rate, onCrash, severity, cap));
    }

    // ---------------------------------------------------------------- backstop, stakers

    private record BackstopParts(Backstop backstop, Map<String, Ast.Setting> rewards) {}

    private BackstopParts backstop(Ast.Block b, Set<String> declared) {
        Map<String, Ast.Setting> m = index(b, "backstop");
        // an undeclared asset is reported once; its symbol still serves as the unit of stake and emissions
        String asset = m.get("asset") == null ? Backstop.USD : m.get("asset").word().text();
        read(m.get("asset"), s -> {
            if (!s.word().is(Backstop.USD)) {
                assetDeclared(s.word(), declared, "backstop asset");
            }
            return null;
        }, null);
        boolean usd = asset.equals(Backstop.USD);
        if (m.get("stake") == null && !b.broken().contains("stake")) {
            diagnostics.error(b.key(), "backstop needs its stake", "write stake 2.5M " + asset);
        }
        double stake = read(m.get("stake"), s ->
                nonNegative(quantities.amount(s.quantity(), asset, "stake", false), s, "stake"), 0.0);
        double maxSlash = read(m.get("max_slash"), s -> share(s.quantity(), "max_slash"), 1.0);
        double haircut = read(m.get("haircut"), s -> {
            double v = share(s.quantity(), "haircut");
            require(v < 1, s.quantity(), "haircut must be below 100%, got " + Quantities.text(s.quantity()));
            return v;
        }, 0.0);
        double cooldown = read(m.get("cooldown"), s -> {
            double v = quantities.days(s.quantity(), "cooldown", false);
            require(v >= 0, s.quantity(), "cooldown must not be negative, got " + Quantities.text(s.quantity()));
            require(v <= 1e6, s.quantity(), "cooldown must be at most 1000000 days, got " + Quantities.text(s.quantity()));
            return v;
        }, 0.0);
        WaterfallOrder order = read(m.get("order"), s -> {
            for (WaterfallOrder o : WaterfallOrder.values()) {
                if (s.word().is(o.keyword())) {
                    return o;
                }
            }
            List<String> words = List.of("reserve_first", "backstop_first");
            String hint = Suggestions.hint(s.word().text(), words);
            throw new LangError(s.word(), "unknown order '" + s.word().text() + "'; expected reserve_first or backstop_first",
                    hint);
        }, WaterfallOrder.RESERVE_FIRST);
        Map<String, Ast.Setting> r = m.get("rewards") == null ? Map.of() : index(m.get("rewards").block(), "rewards");
        Rewards rewards = rewards(r, asset, usd);
        return new BackstopParts(build(b.key(), () -> new Backstop(asset, stake, maxSlash, haircut, cooldown, order, rewards)), r);
    }

    private Rewards rewards(Map<String, Ast.Setting> m, String asset, boolean usd) {
        double share = read(m.get("revenue_share"), s -> share(s.quantity(), "revenue_share"), 0.0);
        List<String> units = usd ? List.of(Backstop.USD) : List.of(asset, Backstop.USD);
        Emissions emissions = read(m.get("emissions"), s -> {
            double rate = quantities.amountPerYear(s.quantity(), units, "emissions");
            require(rate >= 0, s.quantity(), "emissions must not be negative, got " + Quantities.text(s.quantity()));
            boolean rateInUsd = !usd && s.quantity().unit() != null && s.quantity().unit().is(Backstop.USD);
            if (s.second() == null) {
                return new Emissions(rate, rateInUsd, OptionalDouble.empty(), false);
            }
            Ast.Quantity t = s.second();
            String unit = t.unit() != null && t.unit().is(Backstop.USD) ? Backstop.USD : asset;
            double target = quantities.amount(t, unit, "emissions target", false);
            require(target > 0, t, "emissions target must be greater than zero, got " + Quantities.text(t));
            return new Emissions(rate, rateInUsd, OptionalDouble.of(target), !usd && unit.equals(Backstop.USD));
        }, Emissions.NONE);
        double underlying = read(m.get("underlying_yield"), s -> rangePerYear(s, "underlying_yield", -1, 10), 0.0);
        Ast.Setting any = m.values().stream().findFirst().orElse(null);
        return build(any == null ? null : any.key(), () -> new Rewards(share, emissions, underlying));
    }

    private Stakers stakers(Map<String, Ast.Setting> m) {
        double required = read(m.get("required_yield"), s -> rangePerYear(s, "required_yield", -1, 10), 0.0);
        double elasticity = read(m.get("elasticity"), s -> {
            double v = quantities.perYear(s.quantity(), "elasticity", false, true);
            require(v >= 0 && v <= 1e6, s.quantity(), "elasticity must be between 0/yr and 1000000/yr, got "
                    + Quantities.text(s.quantity()));
            return v;
        }, 0.0);
        double panic = read(m.get("panic"), s -> share(s.quantity(), "panic"), 0.0);
        double riskFree = read(m.get("risk_free"), s -> rangePerYear(s, "risk_free", -1, 10), 0.0);
        Ast.Setting any = m.values().stream().findFirst().orElse(null);
        return build(any == null ? null : any.key(), () -> new Stakers(required, elasticity, panic, riskFree));
    }

    // ---------------------------------------------------------------- helpers

    /** The block's settings by key; a second one of a non-repeatable key is reported. */
    private Map<String, Ast.Setting> index(Ast.Block b, String where) {
        Map<String, Ast.Setting> first = new LinkedHashMap<>();
        if (b == null) {
            return first;
        }
        String kind = b.key().text();
        for (Ast.Setting s : b.settings()) {
            String k = s.key().text();
            if (Grammar.repeatable(k, kind.equals("scenario") ? Grammar.SCENARIO : kind)) {
                continue;
            }
            Ast.Setting prev = first.putIfAbsent(k, s);
            if (prev != null) {
                diagnostics.error(s.key(), "duplicate setting '" + k + "' in " + where + " (first given on line "
                        + prev.key().line() + ")", "remove one of them");
            }
        }
        return first;
    }

    /** Reads one setting; an error in it is reported and the default stands in, so checking goes on. */
    private <T> T read(Ast.Setting s, Function<Ast.Setting, T> f, T fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return f.apply(s);
        } catch (LangError e) {
            diagnostics.report(e);
            return fallback;
        }
    }

    /**
     * The safety net: a model constructor's complaint about something the checks above let through
     * becomes a diagnostic at the block. Only reported when nothing else was, since a default that
     * stood in for a broken setting may be what the constructor dislikes.
     */
    private <T> T build(Token at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            if (!diagnostics.hasErrors() && at != null) {
                diagnostics.error(at, e.getMessage(), null);
            } else if (!diagnostics.hasErrors()) {
                diagnostics.error(1, 1, e.getMessage(), null);
            }
            return null;
        }
    }

    private void assetDeclared(Token asset, Set<String> declared, String what) {
        if (!declared.contains(asset.text())) {
            String hint = Suggestions.hint(asset.text(), declared);
            throw new LangError(asset, what + " names undeclared asset '" + asset.text() + "'",
                    hint != null ? hint : "declare it in the market block: asset " + asset.text() + " { price ... }");
        }
    }

    private static void of(Ast.Setting s, String expected, String what) {
        if (s.of() != null && !s.of().is(expected)) {
            throw new LangError(s.of(), what + "; write 'of " + expected + "', not 'of " + s.of().text() + "'");
        }
    }

    private double share(Ast.Quantity q, String what) {
        double v = quantities.fraction(q, what);
        require(v >= 0 && v <= 1, q, what + " must be between 0% and 100%, got " + Quantities.text(q));
        return v;
    }

    private double rangePerYear(Ast.Setting s, String what, double lo, double hi) {
        double v = quantities.perYear(s.quantity(), what, true, true);
        require(v >= lo && v <= hi, s.quantity(), what + " must be between " + percent(lo) + "/yr and "
                + percent(hi) + "/yr, got " + Quantities.text(s.quantity()));
        return v;
    }

    private static double nonNegative(double v, Ast.Setting s, String what) {
        require(v >= 0, s.quantity(), what + " must not be negative, got " + Quantities.text(s.quantity()));
        return v;
    }

    static void require(boolean ok, Ast.Quantity q, String message) {
        if (!ok) {
            throw new LangError(q.number(), message);
        }
    }

    static String percent(double v) {
        return new java.math.BigDecimal(Double.toString(v)).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
