package dev.backstop.lang;

import dev.backstop.core.model.ParameterUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link Ast.Quantity} in the unit a setting needs (SPEC §2 "Values"): amounts in USD or an
 * asset, shares written with {@code %}, rates per year or per day, durations in days, hours or
 * years, plain and whole numbers. A quantity in the wrong unit is a {@link LangError} at the
 * offending token. Immutable and thread-safe.
 */
final class Quantities {
    private static final Set<String> DAY_WORDS = Set.of("day", "days");
    private static final Set<String> HOUR_WORDS = Set.of("hour", "hours");
    private static final Set<String> YEAR_WORDS = Set.of("year", "years");
    private static final List<String> DURATION_WORDS = List.of("days", "day", "hours", "hour", "years", "year");

    private final Set<String> assets;

    /** @param assets the declared asset symbols, which are units besides {@code USD} */
    Quantities(Set<String> assets) {
        this.assets = Set.copyOf(assets);
    }

    /** The quantity as written: {@code 2.5M AAVE}, {@code 0.8%/yr}. */
    static String text(Ast.Quantity q) {
        return q.number().text() + (q.percent() != null ? "%" : "") + (q.unit() != null ? " " + q.unit().text() : "")
                + (q.per() != null ? "/" + q.per().text() : "");
    }

    /** An amount in {@code unit} (USD or an asset symbol); a bare number is allowed if it is 0 or {@code unitOptional}. */
    double amount(Ast.Quantity q, String unit, String what, boolean unitOptional) {
        String example = "write an amount such as " + q.number().text() + " " + unit;
        if (q.percent() != null) {
            throw new LangError(q.number(), what + " is an amount in " + unit + ", not a percentage", example);
        }
        if (q.per() != null) {
            throw new LangError(q.per(), what + " is an amount in " + unit + ", not a rate", example);
        }
        if (q.unit() == null) {
            if (!unitOptional && q.value().signum() != 0) {
                throw new LangError(q.number(), what + " needs a unit", "write " + q.number().text() + " " + unit);
            }
        } else if (!q.unit().text().equals(unit)) {
            throw wrongUnit(q.unit(), what, unit);
        }
        return finish(q, Scale.ONE);
    }

    /** A rate of an amount: {@code 400 AAVE/day}, {@code 2.33M USD/yr}; the unit must be one of {@code units}. */
    double amountPerYear(Ast.Quantity q, List<String> units, String what) {
        if (q.percent() != null) {
            throw new LangError(q.number(), what + " is an amount per year, not a percentage",
                    "write e.g. 400 " + units.get(0) + "/day");
        }
        if (q.unit() == null) {
            if (q.value().signum() != 0) {
                throw new LangError(q.number(), what + " needs a unit",
                        "write " + q.number().text() + " " + units.get(0) + (q.per() == null ? "/yr" : "/" + q.per().text()));
            }
        } else if (!units.contains(q.unit().text())) {
            throw wrongUnit(q.unit(), what, String.join(" or ", units));
        }
        return finish(q, isDaily(q) ? Scale.PER_DAY : Scale.ONE);
    }

    /** A share: a plain number or a percentage, no unit. */
    double fraction(Ast.Quantity q, String what) {
        noUnit(q, what, "a share, written with %");
        if (q.per() != null) {
            throw new LangError(q.per(), what + " is a share, not a rate", "write it without '/" + q.per().text() + "'");
        }
        return finish(q, q.percent() != null ? Scale.PERCENT : Scale.ONE);
    }

    /**
     * A rate per year ({@code /yr}, or {@code /day} ×365; per year when no rate is written).
     *
     * @param percent whether it is a share per year (may be written with %), else a count per year
     * @param daily   whether {@code /day} may be used (not for a volatility, which does not scale linearly)
     */
    double perYear(Ast.Quantity q, String what, boolean percent, boolean daily) {
        noUnit(q, what, percent ? "a share per year, written like 5%/yr" : "a count per year, written like 2/yr");
        if (!percent && q.percent() != null) {
            throw new LangError(q.number(), what + " is a count per year, not a percentage", "write e.g. 2/yr");
        }
        if (isDaily(q) && !daily) {
            throw new LangError(q.per(), what + " must be given per year",
                    "a volatility grows with the square root of time: a daily 3% is about 57%/yr");
        }
        Scale s = q.percent() != null ? (isDaily(q) ? Scale.PERCENT_PER_DAY : Scale.PERCENT)
                : (isDaily(q) ? Scale.PER_DAY : Scale.ONE);
        return finish(q, s);
    }

    /** A duration in days ({@code 20 days}, {@code 6 hours}, {@code 1 year}). */
    double days(Ast.Quantity q, String what, boolean unitOptional) {
        if (q.percent() != null) {
            throw new LangError(q.number(), what + " is a duration, not a percentage", "write e.g. 20 days");
        }
        if (q.per() != null) {
            throw new LangError(q.per(), what + " is a duration, not a rate", "write e.g. 20 days");
        }
        if (q.unit() == null) {
            if (!unitOptional && q.value().signum() != 0) {
                throw new LangError(q.number(), what + " needs a unit", "write " + q.number().text() + " days");
            }
            return finish(q, Scale.ONE);
        }
        String u = q.unit().text();
        if (DAY_WORDS.contains(u)) {
            return finish(q, Scale.ONE);
        }
        if (HOUR_WORDS.contains(u)) {
            return finish(q, Scale.HOURS);
        }
        if (YEAR_WORDS.contains(u)) {
            return finish(q, Scale.YEARS);
        }
        String hint = Suggestions.hint(u, DURATION_WORDS);
        throw new LangError(q.unit(), what + " is a duration in days, hours or years, not '" + u + "'",
                hint != null ? hint : "write e.g. 20 days");
    }

    /** A plain number: no %, unit or rate. */
    double plain(Ast.Quantity q, String what) {
        noUnit(q, what, "a plain number");
        if (q.percent() != null) {
            throw new LangError(q.number(), what + " is a plain number, not a percentage",
                    "write it without %");
        }
        if (q.per() != null) {
            throw new LangError(q.per(), what + " is a plain number, not a rate", "write it without '/" + q.per().text() + "'");
        }
        return finish(q, Scale.ONE);
    }

    /** A whole number: {@code 100k}, {@code 42}. */
    long whole(Ast.Quantity q, String what) {
        double v = plain(q, what);
        BigDecimal b = q.value();
        if (b.signum() != 0 && b.stripTrailingZeros().scale() > 0) {
            throw new LangError(q.number(), what + " must be a whole number, got " + q.number().text());
        }
        return (long) v;
    }

    /** A value in a parameter's own unit (SPEC §3): the unit may be left out, and then that unit is meant. */
    double inUnit(Ast.Quantity q, ParameterUnit unit, String asset, String what) {
        return switch (unit) {
            case USD -> amount(q, "USD", what, true);
            case ASSET -> amount(q, asset, what, true);
            case FRACTION -> fraction(q, what);
            case FRACTION_PER_YEAR -> perYear(q, what, true, !what.endsWith("volatility"));
            case PER_YEAR -> perYear(q, what, false, true);
            case DAYS -> days(q, what, true);
            case NUMBER -> plain(q, what);
        };
    }

    /** Converts to the stored double once, refusing what has grown too large through its unit. */
    static double finish(Ast.Quantity q, Scale scale) {
        BigDecimal v = scale.apply(q.value());
        try {
            NumberLiteral.checkMagnitude(v, text(q));
        } catch (NumberLiteral.Invalid e) {
            throw new LangError(q.number(), e.getMessage());
        }
        return v.doubleValue();
    }

    private static boolean isDaily(Ast.Quantity q) {
        return q.per() != null && q.per().text().startsWith("day");
    }

    private void noUnit(Ast.Quantity q, String what, String isA) {
        if (q.unit() != null) {
            throw new LangError(q.unit(), what + " is " + isA + "; it takes no unit '" + q.unit().text() + "'");
        }
    }

    private LangError wrongUnit(Token unit, String what, String expected) {
        String u = unit.text();
        if (u.equals("USD") || assets.contains(u)) {
            return new LangError(unit, what + " must be in " + expected + ", not " + u);
        }
        List<String> known = new ArrayList<>(assets);
        known.add("USD");
        String hint = Suggestions.hint(u, known);
        return new LangError(unit, "unknown unit '" + u + "' for " + what + "; expected " + expected,
                hint != null ? hint : "units are USD or a declared asset symbol");
    }
}
