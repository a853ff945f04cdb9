package dev.backstop.lang;

import java.math.BigDecimal;
import java.util.List;

/**
 * The syntax tree the {@link Parser} builds and the {@link Checker} turns into the model: values
 * as written, with the tokens that locate them, units not yet resolved. All nodes are immutable
 * records; package-private.
 */
final class Ast {
    private Ast() {}

    /**
     * A number and what follows it: {@code 2.5M AAVE}, {@code 0.8%/yr}, {@code 20 days},
     * {@code 400 AAVE/day}.
     *
     * @param number  the NUMBER token
     * @param percent the {@code %} token, or null
     * @param unit    the unit word ({@code USD}, an asset symbol, {@code days}), or null
     * @param per     the word after {@code /} ({@code yr}, {@code day}), or null
     */
    record Quantity(Token number, Token percent, Token unit, Token per) {
        BigDecimal value() {
            return number.number();
        }
    }

    /** One argument of a distribution: {@code median: 5M USD} or positional {@code 5M USD}; or a string. */
    record Argument(Token name, Quantity quantity, Token string, Token start) {}

    /** {@code lognormal(median: 5M USD, sigma: 1.2)}. */
    record Dist(Token kind, List<Argument> arguments, Token close) {}

    /**
     * One setting or block inside a block. Which fields are set depends on the key (see
     * {@link Grammar}): a quantity; {@code of WORD}; one or two words (asset names, keywords,
     * a label string); a second quantity ({@code beta} of follows, {@code target} of emissions);
     * a distribution (with {@code fraction} for severities); or a nested block.
     */
    record Setting(Token key, Quantity quantity, Token of, Token word, Token word2, Quantity second,
                   Dist dist, boolean fraction, Block block) {
        static Setting ofBlock(Token key, Block block) {
            return new Setting(key, null, null, null, null, null, null, false, block);
        }
    }

    /**
     * A block {@code key [name] { settings }}. {@code broken} holds the keys of settings whose value
     * could not be read (already reported), so that they do not count as missing too.
     */
    record Block(Token key, Token name, List<Setting> settings, java.util.Set<String> broken) {
        String describe() {
            return name == null ? key.text() : key.text() + " " + name.text();
        }
    }

    /** {@code sweep PATH from A to B steps K [log]}. */
    record SweepStatement(Token keyword, Token path, Quantity from, Quantity to, Token steps, Token log) {}

    /** {@code size PATH for METRIC <= X between A and B}. */
    record SizeStatement(Token keyword, Token path, Token metric, Token op, Quantity target, Quantity lo, Quantity hi) {}

    /** A whole file: the scenario's name, its block, and the study statements (sweeps and sizes in order). */
    record File(Token scenarioKeyword, Token name, Block scenario, List<Object> studies) {}
}
