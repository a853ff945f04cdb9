package dev.backstop.lang;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.ParameterUnit;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.result.MetricKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Values written on the command line as in the language (SPEC §3): {@code --from 500k},
 * {@code --between 0 20M}, {@code --target 'p_shortfall<=0.5%'}. A unit may be left out, and then
 * the parameter's own unit is meant; a wrong unit is an {@link InputException}. Stateless and
 * thread-safe.
 */
public final class Values {
    /** Longest command-line value read. */
    private static final int MAX_LENGTH = 200;

    private Values() {}

    /**
     * A value of parameter {@code p} of scenario {@code s} in the parameter's stored unit: {@code 500k},
     * {@code 5M AAVE}, {@code 0.5%}, {@code 20 days}, {@code 2/yr}.
     *
     * @throws InputException if the path names no setting of {@code s}, or the text is not a value in its unit
     */
    public static double parameterValue(Scenario s, ParameterPath p, String text) {
        checkPath(s, p);
        Parser parser = parser(text, "value of " + p.text());
        ParameterUnit unit = p.unit(s);
        try {
            Ast.Quantity q = parser.value(p.text());
            end(parser, text);
            double v = quantities(s).inUnit(q, unit, unit == ParameterUnit.ASSET ? p.unitLabel(s) : null, p.text());
            try {
                p.apply(s, v);
            } catch (IllegalArgumentException e) {
                throw new InputException(p.text() + " cannot be " + text.strip() + ": " + e.getMessage());
            }
            return v;
        } catch (LangError e) {
            throw input(e, text);
        }
    }

    /** The value written in the parameter's unit, as the language writes it ({@code 500k AAVE}, {@code 20%}). */
    public static String format(Scenario s, ParameterPath p, double value) {
        checkPath(s, p);
        return CanonicalPrinter.inUnit(s, p, value);
    }

    /** Throws an {@link InputException} with a suggestion if {@code p} names no numeric setting of {@code s}. */
    public static void checkPath(Scenario s, ParameterPath p) {
        var problem = p.problem(s);
        if (problem.isPresent()) {
            List<String> all = ParameterPath.all(s).stream().map(ParameterPath::text).toList();
            String hint = Suggestions.hint(p.text(), all);
            throw new InputException(problem.get(), hint != null ? hint
                    : "parameters: " + String.join(", ", all));
        }
    }

    /**
     * A size target {@code METRIC<=X} or {@code METRIC>=X} (spaces optional), X in the metric's unit.
     *
     * @throws InputException for an unknown metric, a missing comparison or a malformed value
     */
    public static SizeTarget parseTarget(String text) {
        Parser parser = parser(text, "target");
        try {
            Token metric = metricToken(parser, text);
            MetricKey m = StudyChecker.metric(metric);
            Token op = parser.take();
            if (!op.is(TokenKind.LE) && !op.is(TokenKind.GE)) {
                throw new LangError(op, "a target is METRIC<=VALUE or METRIC>=VALUE, got '" + text + "'",
                        "write e.g. 'p_shortfall<=0.5%'");
            }
            double v = MetricUnits.read(new Quantities(Set.of()), parser.value("the target"), m);
            end(parser, text);
            return new SizeTarget(m.key(), op.is(TokenKind.LE) ? SizeStudy.Comparison.AT_MOST
                    : SizeStudy.Comparison.AT_LEAST, v);
        } catch (LangError e) {
            throw input(e, text);
        }
    }

    /**
     * A precision goal {@code METRIC ± H} or {@code METRIC +- H}, H &gt; 0 in the metric's unit.
     *
     * @throws InputException for an unknown metric or a malformed or non-positive half-width
     */
    public static Precision parsePrecision(String text) {
        Parser parser = parser(text, "precision");
        try {
            Token metric = metricToken(parser, text);
            MetricKey m = StudyChecker.metric(metric);
            Token pm = parser.take();
            if (!pm.is(TokenKind.PLUS_MINUS)) {
                throw new LangError(pm, "a precision is METRIC ± HALF_WIDTH, got '" + text + "'",
                        "write e.g. 'p_shortfall ± 0.001' or 'p_shortfall +- 0.1%'");
            }
            Ast.Quantity q = parser.value("the half-width");
            double v = MetricUnits.read(new Quantities(Set.of()), q, m);
            end(parser, text);
            if (!(v > 0)) {
                throw new LangError(q.number(), "the half-width of a precision must be greater than zero, got "
                        + Quantities.text(q));
            }
            return new Precision(m.key(), v);
        } catch (LangError e) {
            throw input(e, text);
        }
    }

    private static Token metricToken(Parser parser, String text) {
        Token t = parser.take();
        if (!t.is(TokenKind.IDENT)) {
            throw new LangError(t, "expected a metric such as p_shortfall at the start of '" + text + "'");
        }
        return t;
    }

    private static Parser parser(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InputException("no " + what + " was given");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InputException("the " + what + " is too long (" + text.length() + " characters)");
        }
        Diagnostics d = new Diagnostics("<command line>", text);
        List<Token> tokens = Lexer.tokenize(text.strip(), d);
        if (d.hasErrors()) {
            Diagnostic first = d.sorted().get(0);
            throw new InputException("invalid " + what + " '" + text + "': " + first.message(), first.hint().orElse(null));
        }
        return new Parser(tokens.stream().filter(t -> !t.is(TokenKind.NEWLINE)).toList(), d);
    }

    private static void end(Parser parser, String text) {
        Token t = parser.look();
        if (!t.is(TokenKind.EOF)) {
            throw new LangError(t, "unexpected " + t.describe() + " in '" + text + "'");
        }
    }

    private static InputException input(LangError e, String text) {
        String m = e.getMessage() == null ? "invalid value '" + text + "'" : e.getMessage();
        return new InputException(m + (m.contains("'" + text + "'") ? "" : " (in '" + text + "')"), e.hint());
    }

    private static Quantities quantities(Scenario s) {
        Set<String> assets = new HashSet<>();
        s.market().assets().forEach(a -> assets.add(a.symbol()));
        return new Quantities(assets);
    }
}
