package dev.backstop.lang;

import dev.backstop.core.model.Distribution;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a written distribution ({@code lognormal(median: 5M USD, sigma: 1.2)}) into a
 * {@link Distribution}, with arguments named or positional and in the unit of their use: for a
 * severity in USD the amount arguments ({@link Distribution#isAmountArgument}) carry {@code USD};
 * for a fraction of TVL and for a price drop they are plain numbers or percentages. Drops must be
 * uniform, triangular, beta or fixed within [0, 1) (SPEC §1.2 step 1). Immutable and thread-safe.
 */
final class Distributions {
    /** What a distribution describes, which decides the unit of its arguments. */
    enum Use { USD, FRACTION, DROP }

    /** One valid instance of each kind, from which argument names and kinds are read (kept in step with the model). */
    static final Map<String, Distribution> PROTOTYPES = Map.ofEntries(
            Map.entry("fixed", new Distribution.Fixed(0)),
            Map.entry("uniform", new Distribution.Uniform(0, 1)),
            Map.entry("triangular", new Distribution.Triangular(0, 0.5, 1)),
            Map.entry("normal", new Distribution.Normal(0, 1)),
            Map.entry("lognormal", new Distribution.LogNormal(1, 1)),
            Map.entry("exponential", new Distribution.Exponential(1)),
            Map.entry("gamma", new Distribution.Gamma(1, 1)),
            Map.entry("weibull", new Distribution.Weibull(1, 1)),
            Map.entry("pareto", new Distribution.Pareto(1, 1)),
            Map.entry("beta", new Distribution.Beta(1, 1)),
            Map.entry("empirical", new Distribution.Empirical("-", new double[] {0})));

    static final Set<String> DROP_KINDS = Set.of("uniform", "triangular", "beta", "fixed");

    private final Quantities quantities;
    private final Path baseDir;

    Distributions(Quantities quantities, Path baseDir) {
        this.quantities = quantities;
        this.baseDir = baseDir;
    }

    Distribution read(Ast.Dist d, Use use, String what) {
        String kind = d.kind().text();
        if (use == Use.DROP && !DROP_KINDS.contains(kind)) {
            throw new LangError(d.kind(), what + " must be uniform, triangular, beta or fixed, not " + kind,
                    "a price drop lies within [0%, 100%), e.g. uniform(15%, 40%)");
        }
        Distribution proto = PROTOTYPES.get(kind);
        List<String> names = proto.argumentNames();
        Ast.Argument[] args = place(d, names);
        if (kind.equals("empirical")) {
            Ast.Argument a = args[0];
            if (a.string() == null) {
                throw new LangError(a.start(), "empirical takes a file name in double quotes",
                        "write empirical(\"losses.csv\")");
            }
            return check(d, args, () -> new Distribution.Empirical(a.string().text(), EmpiricalFiles.load(baseDir, a.string())),
                    use, what);
        }
        double[] v = new double[names.size()];
        for (int i = 0; i < v.length; i++) {
            Ast.Argument a = args[i];
            String argWhat = what + " " + kind + "(" + names.get(i) + ")";
            if (a.quantity() == null) {
                throw new LangError(a.start(), argWhat + " must be a number, not a string");
            }
            if (proto.isAmountArgument(i)) {
                v[i] = use == Use.USD ? quantities.amount(a.quantity(), "USD", argWhat, false)
                        : quantities.fraction(a.quantity(), argWhat);
            } else {
                v[i] = quantities.plain(a.quantity(), argWhat);
            }
        }
        return check(d, args, () -> switch (kind) {
            case "fixed" -> new Distribution.Fixed(v[0]);
            case "uniform" -> new Distribution.Uniform(v[0], v[1]);
            case "triangular" -> new Distribution.Triangular(v[0], v[1], v[2]);
            case "normal" -> new Distribution.Normal(v[0], v[1]);
            case "lognormal" -> new Distribution.LogNormal(v[0], v[1]);
            case "exponential" -> new Distribution.Exponential(v[0]);
            case "gamma" -> new Distribution.Gamma(v[0], v[1]);
            case "weibull" -> new Distribution.Weibull(v[0], v[1]);
            case "pareto" -> new Distribution.Pareto(v[0], v[1]);
            case "beta" -> new Distribution.Beta(v[0], v[1]);
            default -> throw new IllegalStateException(kind);
        }, use, what);
    }

    /** Builds the distribution, pointing a model complaint at the argument it names, then checks a drop's range. */
    private Distribution check(Ast.Dist d, Ast.Argument[] args, java.util.function.Supplier<Distribution> make,
                               Use use, String what) {
        String kind = d.kind().text();
        List<String> names = PROTOTYPES.get(kind).argumentNames();
        Distribution dist;
        try {
            dist = make.get();
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            Token at = d.kind();
            for (int i = 0; i < names.size(); i++) {
                if (msg.startsWith(kind + "(" + names.get(i) + ")")) {
                    at = args[i].start();
                    int got = msg.lastIndexOf(", got ");
                    if (got >= 0 && args[i].quantity() != null) {
                        msg = msg.substring(0, got) + ", got " + Quantities.text(args[i].quantity());
                    }
                }
            }
            throw new LangError(at, what + ": " + msg);
        }
        if (use == Use.DROP && !(dist instanceof Distribution.Beta) && (dist.supportMin() < 0 || dist.supportMax() >= 1)) {
            Ast.Argument bad = dist.supportMin() < 0 ? args[0] : args[args.length - 1];
            throw new LangError(bad.start(), what + " must lie within [0%, 100%), got " + kind + " from "
                    + percent(dist.supportMin()) + " to " + percent(dist.supportMax()));
        }
        return dist;
    }

    private static String percent(double v) {
        return new java.math.BigDecimal(Double.toString(v * 100)).stripTrailingZeros().toPlainString() + "%";
    }

    /** The arguments in positional order: positional ones first, then named ones in any order. */
    private static Ast.Argument[] place(Ast.Dist d, List<String> names) {
        String kind = d.kind().text();
        String signature = kind + "(" + String.join(", ", names) + ")";
        Ast.Argument[] out = new Ast.Argument[names.size()];
        boolean named = false;
        int position = 0;
        for (Ast.Argument a : d.arguments()) {
            if (a.name() == null) {
                if (named) {
                    throw new LangError(a.start(), "positional arguments must come before named ones in " + signature);
                }
                if (position >= names.size()) {
                    throw new LangError(a.start(), kind + " takes " + names.size() + " argument"
                            + (names.size() == 1 ? "" : "s") + ": " + signature);
                }
                out[position++] = a;
            } else {
                named = true;
                int i = names.indexOf(a.name().text());
                if (i < 0) {
                    String hint = Suggestions.hint(a.name().text(), names);
                    throw new LangError(a.name(), "unknown argument '" + a.name().text() + "' of " + signature,
                            hint != null ? hint : "the arguments are " + String.join(", ", names));
                }
                if (out[i] != null) {
                    throw new LangError(a.name(), "argument '" + names.get(i) + "' of " + kind + " is given twice");
                }
                out[i] = a;
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new LangError(d.close(), kind + " needs its argument '" + names.get(i) + "': " + signature);
            }
        }
        return out;
    }
}
