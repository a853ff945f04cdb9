package dev.backstop.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which settings each block of SPEC §2 holds and how each setting's value is written. The parser
 * reads a value by its key's grammar, which is how several settings can share one line
 * ({@code asset ETH { price 3000 USD  drift 0%/yr }}). Constants only; thread-safe.
 */
final class Grammar {
    private Grammar() {}

    /** The shape of a setting's value. */
    enum Shape {
        /** {@code 2.5M AAVE}, {@code 30%}, {@code 1/yr}, {@code 20 days}. */
        QUANTITY,
        /** A quantity, then optionally {@code of WORD} ({@code 0.8%/yr of tvl}). */
        QUANTITY_OF,
        /** {@code follows ETH [beta 0.8]}. */
        FOLLOWS,
        /** {@code on_crash ETH 60%}. */
        ON_CRASH,
        /** {@code correlation ETH AAVE 0.75}. */
        CORRELATION,
        /** A distribution. */
        DIST,
        /** {@code [fraction] DIST [of tvl]}. */
        SEVERITY,
        /** {@code 400 AAVE/day [target 66M USD]}. */
        EMISSIONS,
        /** One word ({@code reserve_first}, {@code AAVE}). */
        WORD,
        /** A quoted string. */
        STRING,
        /** A nested block {@code key { … }}. */
        BLOCK,
        /** A nested named block {@code key NAME { … }}. */
        NAMED_BLOCK
    }

    static final String SCENARIO = "scenario";

    /** Settings of each block kind, in canonical order. A block's kind is its key ({@code asset} in market, {@code source}). */
    static final Map<String, Map<String, Shape>> BLOCKS = new LinkedHashMap<>();

    static {
        block(SCENARIO, "horizon", Shape.QUANTITY, "step", Shape.QUANTITY, "paths", Shape.QUANTITY,
                "seed", Shape.QUANTITY, "market", Shape.BLOCK, "protocol", Shape.BLOCK, "reserve", Shape.BLOCK,
                "losses", Shape.BLOCK, "backstop", Shape.BLOCK, "stakers", Shape.BLOCK);
        block("market", "asset", Shape.NAMED_BLOCK, "correlation", Shape.CORRELATION);
        block("asset", "price", Shape.QUANTITY, "drift", Shape.QUANTITY, "volatility", Shape.QUANTITY,
                "crashes", Shape.QUANTITY, "drop", Shape.DIST);
        block("protocol", "tvl", Shape.QUANTITY, "follows", Shape.FOLLOWS, "revenue", Shape.QUANTITY_OF);
        block("reserve", "initial", Shape.QUANTITY, "inflow", Shape.QUANTITY_OF, "target", Shape.QUANTITY_OF);
        block("losses", "source", Shape.NAMED_BLOCK);
        block("source", "label", Shape.STRING, "rate", Shape.QUANTITY, "on_crash", Shape.ON_CRASH,
                "severity", Shape.SEVERITY, "cap", Shape.QUANTITY_OF);
        block("backstop", "asset", Shape.WORD, "stake", Shape.QUANTITY, "max_slash", Shape.QUANTITY,
                "haircut", Shape.QUANTITY, "cooldown", Shape.QUANTITY, "order", Shape.WORD, "rewards", Shape.BLOCK);
        block("rewards", "revenue_share", Shape.QUANTITY, "emissions", Shape.EMISSIONS,
                "underlying_yield", Shape.QUANTITY);
        block("stakers", "required_yield", Shape.QUANTITY, "elasticity", Shape.QUANTITY, "panic", Shape.QUANTITY,
                "risk_free", Shape.QUANTITY);
    }

    /** Keys that may appear more than once in their block. */
    static final Set<String> REPEATABLE = Set.of("asset@market", "correlation@market", "source@losses");

    /** Words inside values that are never units ({@code of}, {@code target}, ...). */
    static final Set<String> VALUE_WORDS = Set.of("of", "target", "beta", "from", "to", "steps", "log",
            "for", "between", "and", "fraction");

    /** The distributions of SPEC §2. */
    static final List<String> DISTRIBUTIONS = List.of("fixed", "uniform", "triangular", "normal", "lognormal",
            "exponential", "gamma", "weibull", "pareto", "beta", "empirical");

    /** Statements that may follow the scenario block. */
    static final List<String> STATEMENTS = List.of("sweep", "size");

    private static void block(String name, Object... keyShapes) {
        Map<String, Shape> m = new LinkedHashMap<>();
        for (int i = 0; i < keyShapes.length; i += 2) {
            m.put((String) keyShapes[i], (Shape) keyShapes[i + 1]);
        }
        BLOCKS.put(name, m);
    }

    static boolean repeatable(String key, String block) {
        return REPEATABLE.contains(key + "@" + block);
    }
}
