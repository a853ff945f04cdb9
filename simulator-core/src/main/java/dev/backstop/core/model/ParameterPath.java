package dev.backstop.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A numeric setting named by its blocks (SPEC §2): {@code backstop.stake}, {@code reserve.target},
 * {@code losses.exploit.rate}, {@code market.AAVE.volatility}. Studies (sweep, size, sensitivity)
 * read and change scenarios through it. Immutable and thread-safe.
 *
 * <p>Values are in the parameter's stored unit (see {@link #unit}): USD, asset units, fractions,
 * per-year rates, days.
 */
public record ParameterPath(String text) {

    public ParameterPath {
        Check.notNull(text, "parameter path");
    }

    public static ParameterPath of(String text) {
        return new ParameterPath(text);
    }

    /** The names this path can take in the given scenario (for suggestions and sensitivity). */
    public static List<ParameterPath> all(Scenario s) {
        List<ParameterPath> out = new ArrayList<>();
        for (String p : List.of("horizon")) {
            out.add(of(p));
        }
        for (Asset a : s.market().assets()) {
            for (String k : List.of("price", "drift", "volatility", "crashes")) {
                out.add(of("market." + a.symbol() + "." + k));
            }
        }
        for (String k : List.of("tvl", "beta", "revenue")) {
            out.add(of("protocol." + k));
        }
        for (String k : List.of("initial", "inflow", "target")) {
            out.add(of("reserve." + k));
        }
        for (LossSource l : s.losses()) {
            for (String k : List.of("rate", "on_crash", "cap")) {
                out.add(of("losses." + l.name() + "." + k));
            }
        }
        for (String k : List.of("stake", "max_slash", "haircut", "cooldown")) {
            out.add(of("backstop." + k));
        }
        for (String k : List.of("revenue_share", "emissions", "target", "underlying_yield")) {
            out.add(of("backstop.rewards." + k));
        }
        for (String k : List.of("required_yield", "elasticity", "panic", "risk_free")) {
            out.add(of("stakers." + k));
        }
        return out.stream().filter(p -> p.problem(s).isEmpty()).toList();
    }

    /** Why this path names no numeric setting of {@code s}, or empty if it does. */
    public Optional<String> problem(Scenario s) {
        try {
            accessor(s);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The current value in the stored unit. */
    public double get(Scenario s) {
        return accessor(s).get.apply(s);
    }

    /** A copy of {@code s} with this setting set to {@code value} (validated like any model value). */
    public Scenario apply(Scenario s, double value) {
        return accessor(s).set.apply(s, value);
    }

    public ParameterUnit unit(Scenario s) {
        return accessor(s).unit;
    }

    /** The unit as written after a value: {@code USD}, the asset's symbol, {@code %}, {@code %/yr}, ... */
    public String unitLabel(Scenario s) {
        Accessor a = accessor(s);
        return switch (a.unit) {
            case USD -> "USD";
            case ASSET -> a.asset;
            case FRACTION -> "%";
            case FRACTION_PER_YEAR -> "%/yr";
            case PER_YEAR -> "/yr";
            case DAYS -> "days";
            case NUMBER -> "";
        };
    }

    private record Accessor(ParameterUnit unit, String asset, Function<Scenario, Double> get,
                            BiFunction<Scenario, Double, Scenario> set) {
        static Accessor of(ParameterUnit unit, Function<Scenario, Double> get, BiFunction<Scenario, Double, Scenario> set) {
            return new Accessor(unit, null, get, set);
        }
    }

    private Accessor accessor(Scenario s) {
        String[] p = text.split("\\.", -1);
        switch (p[0]) {
            case "horizon":
                expectLength(p, 1);
                return Accessor.of(ParameterUnit.DAYS, Scenario::horizonDays, Scenario::withHorizonDays);
            case "market":
                return marketAccessor(s, p);
            case "protocol":
                expectLength(p, 2);
                return switch (p[1]) {
                    case "tvl" -> Accessor.of(ParameterUnit.USD, x -> x.protocol().tvl(),
                            (x, v) -> x.withProtocol(x.protocol().withTvl(v)));
                    case "beta" -> Accessor.of(ParameterUnit.NUMBER, x -> x.protocol().beta(),
                            (x, v) -> x.withProtocol(x.protocol().withBeta(v)));
                    case "revenue" -> Accessor.of(ParameterUnit.FRACTION_PER_YEAR, x -> x.protocol().revenueRate(),
                            (x, v) -> x.withProtocol(x.protocol().withRevenueRate(v)));
                    default -> throw unknown(p[1], "protocol", List.of("tvl", "beta", "revenue"));
                };
            case "reserve":
                expectLength(p, 2);
                return switch (p[1]) {
                    case "initial" -> Accessor.of(ParameterUnit.USD, x -> x.reserve().initial(),
                            (x, v) -> x.withReserve(x.reserve().withInitial(v)));
                    case "inflow" -> Accessor.of(ParameterUnit.FRACTION, x -> x.reserve().inflow(),
                            (x, v) -> x.withReserve(x.reserve().withInflow(v)));
                    case "target" -> Accessor.of(ParameterUnit.FRACTION, x -> x.reserve().target().orElse(Double.NaN),
                            (x, v) -> x.withReserve(x.reserve().withTarget(v)));
                    default -> throw unknown(p[1], "reserve", List.of("initial", "inflow", "target"));
                };
            case "losses":
                return lossAccessor(s, p);
            case "backstop":
                return backstopAccessor(s, p);
            case "stakers":
                expectLength(p, 2);
                return switch (p[1]) {
                    case "required_yield" -> Accessor.of(ParameterUnit.FRACTION_PER_YEAR, x -> x.stakers().requiredYield(),
                            (x, v) -> x.withStakers(x.stakers().withRequiredYield(v)));
                    case "elasticity" -> Accessor.of(ParameterUnit.PER_YEAR, x -> x.stakers().elasticity(),
                            (x, v) -> x.withStakers(x.stakers().withElasticity(v)));
                    case "panic" -> Accessor.of(ParameterUnit.FRACTION, x -> x.stakers().panic(),
                            (x, v) -> x.withStakers(x.stakers().withPanic(v)));
                    case "risk_free" -> Accessor.of(ParameterUnit.FRACTION_PER_YEAR, x -> x.stakers().riskFree(),
                            (x, v) -> x.withStakers(x.stakers().withRiskFree(v)));
                    default -> throw unknown(p[1], "stakers", List.of("required_yield", "elasticity", "panic", "risk_free"));
                };
            default:
                throw unknown(p[0], "a parameter path",
                        List.of("horizon", "market", "protocol", "reserve", "losses", "backstop", "stakers"));
        }
    }

    private Accessor marketAccessor(Scenario s, String[] p) {
        expectLength(p, 3);
        String sym = p[1];
        if (s.market().asset(sym).isEmpty()) {
            throw new IllegalArgumentException("unknown asset '" + sym + "' in parameter path " + text);
        }
        Function<Scenario, Asset> asset = x -> x.market().asset(sym).orElseThrow();
        BiFunction<Scenario, Asset, Scenario> put = (x, a) -> x.withMarket(x.market().withAsset(a));
        return switch (p[2]) {
            case "price" -> Accessor.of(ParameterUnit.USD, x -> asset.apply(x).price(),
                    (x, v) -> put.apply(x, asset.apply(x).withPrice(v)));
            case "drift" -> Accessor.of(ParameterUnit.FRACTION_PER_YEAR, x -> asset.apply(x).drift(),
                    (x, v) -> put.apply(x, asset.apply(x).withDrift(v)));
            case "volatility" -> Accessor.of(ParameterUnit.FRACTION_PER_YEAR, x -> asset.apply(x).volatility(),
                    (x, v) -> put.apply(x, asset.apply(x).withVolatility(v)));
            case "crashes" -> Accessor.of(ParameterUnit.PER_YEAR, x -> asset.apply(x).crashes(),
                    (x, v) -> put.apply(x, asset.apply(x).withCrashes(v)));
            default -> throw unknown(p[2], "asset " + sym, List.of("price", "drift", "volatility", "crashes"));
        };
    }

    private Accessor lossAccessor(Scenario s, String[] p) {
        expectLength(p, 3);
        String name = p[1];
        LossSource src = s.loss(name).orElseThrow(
                () -> new IllegalArgumentException("unknown loss source '" + name + "' in parameter path " + text));
        Function<Scenario, LossSource> get = x -> x.loss(name).orElseThrow();
        return switch (p[2]) {
            case "rate" -> Accessor.of(ParameterUnit.PER_YEAR, x -> get.apply(x).rate(),
                    (x, v) -> x.withLoss(get.apply(x).withRate(v)));
            case "on_crash" -> {
                if (src.onCrash().isEmpty()) {
                    throw new IllegalArgumentException("loss source " + name + " has no on_crash to change");
                }
                yield Accessor.of(ParameterUnit.FRACTION, x -> get.apply(x).onCrash().orElseThrow().probability(),
                        (x, v) -> x.withLoss(get.apply(x).withOnCrash(
                                new OnCrash(get.apply(x).onCrash().orElseThrow().asset(), v))));
            }
            case "cap" -> {
                if (src.cap().isEmpty()) {
                    throw new IllegalArgumentException("loss source " + name + " has no cap to change");
                }
                boolean fraction = src.cap().get().fractionOfTvl();
                yield Accessor.of(fraction ? ParameterUnit.FRACTION : ParameterUnit.USD,
                        x -> get.apply(x).cap().orElseThrow().value(),
                        (x, v) -> x.withLoss(get.apply(x).withCap(new Cap(v, fraction))));
            }
            default -> throw unknown(p[2], "loss source " + name, List.of("rate", "on_crash", "cap"));
        };
    }

    private Accessor backstopAccessor(Scenario s, String[] p) {
        if (p.length == 3 && p[1].equals("rewards")) {
            Emissions em = s.backstop().rewards().emissions();
            ParameterUnit rateUnit = em.rateInUsd() || s.backstop().isUsd() ? ParameterUnit.USD : ParameterUnit.ASSET;
            Function<Scenario, Rewards> r = x -> x.backstop().rewards();
            BiFunction<Scenario, Rewards, Scenario> put = (x, v) -> x.withBackstop(x.backstop().withRewards(v));
            return switch (p[2]) {
                case "revenue_share" -> Accessor.of(ParameterUnit.FRACTION, x -> r.apply(x).revenueShare(),
                        (x, v) -> put.apply(x, r.apply(x).withRevenueShare(v)));
                case "emissions" -> new Accessor(rateUnit, s.backstop().asset(), x -> r.apply(x).emissions().rate(),
                        (x, v) -> put.apply(x, r.apply(x).withEmissions(r.apply(x).emissions().withRate(v))));
                case "target" -> {
                    if (!em.isCurve()) {
                        throw new IllegalArgumentException("backstop rewards have no emission target to change");
                    }
                    ParameterUnit u = em.targetInUsd() || s.backstop().isUsd() ? ParameterUnit.USD : ParameterUnit.ASSET;
                    yield new Accessor(u, s.backstop().asset(), x -> r.apply(x).emissions().target().orElseThrow(),
                            (x, v) -> put.apply(x, r.apply(x).withEmissions(r.apply(x).emissions().withTarget(v))));
                }
                case "underlying_yield" -> Accessor.of(ParameterUnit.FRACTION_PER_YEAR, x -> r.apply(x).underlyingYield(),
                        (x, v) -> put.apply(x, r.apply(x).withUnderlyingYield(v)));
                default -> throw unknown(p[2], "rewards", List.of("revenue_share", "emissions", "target", "underlying_yield"));
            };
        }
        expectLength(p, 2);
        ParameterUnit stakeUnit = s.backstop().isUsd() ? ParameterUnit.USD : ParameterUnit.ASSET;
        return switch (p[1]) {
            case "stake" -> new Accessor(stakeUnit, s.backstop().asset(), x -> x.backstop().stake(),
                    (x, v) -> x.withBackstop(x.backstop().withStake(v)));
            case "max_slash" -> Accessor.of(ParameterUnit.FRACTION, x -> x.backstop().maxSlash(),
                    (x, v) -> x.withBackstop(x.backstop().withMaxSlash(v)));
            case "haircut" -> Accessor.of(ParameterUnit.FRACTION, x -> x.backstop().haircut(),
                    (x, v) -> x.withBackstop(x.backstop().withHaircut(v)));
            case "cooldown" -> Accessor.of(ParameterUnit.DAYS, x -> x.backstop().cooldownDays(),
                    (x, v) -> x.withBackstop(x.backstop().withCooldownDays(v)));
            default -> throw unknown(p[1], "backstop", List.of("stake", "max_slash", "haircut", "cooldown", "rewards"));
        };
    }

    private void expectLength(String[] p, int n) {
        if (p.length != n) {
            throw new IllegalArgumentException("parameter path '" + text + "' should have " + n
                    + (n == 1 ? " part" : " parts separated by '.'"));
        }
    }

    private IllegalArgumentException unknown(String got, String where, List<String> known) {
        return new IllegalArgumentException("unknown setting '" + got + "' in " + where
                + " (known: " + String.join(", ", known) + ")");
    }

}
