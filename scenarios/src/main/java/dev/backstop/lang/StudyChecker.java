package dev.backstop.lang;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.ParameterUnit;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.model.Study;
import dev.backstop.core.model.Sweep;
import dev.backstop.core.result.MetricKey;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the study statements after the scenario block ({@code sweep}, {@code size}; SPEC §2)
 * against the scenario they study: the parameter path must name a numeric setting, values are in
 * the parameter's own unit (which may be left out), the metric must be one of SPEC §1.4.
 * Stateless apart from the scenario; thread-safe.
 */
final class StudyChecker {
    private final Scenario scenario;
    private final Quantities quantities;

    StudyChecker(Scenario scenario) {
        this.scenario = scenario;
        this.quantities = new Quantities(new java.util.HashSet<>(
                scenario.market().assets().stream().map(a -> a.symbol()).toList()));
    }

    Study check(Object statement) {
        if (statement instanceof Ast.SweepStatement s) {
            return sweep(s);
        }
        return size((Ast.SizeStatement) statement);
    }

    private Sweep sweep(Ast.SweepStatement s) {
        ParameterPath p = path(s.path());
        double from = value(p, s.from(), "sweep from");
        double to = value(p, s.to(), "sweep to");
        long steps = quantities.whole(new Ast.Quantity(s.steps(), null, null, null), "sweep steps");
        if (steps < 1 || steps > 10_000) {
            throw new LangError(s.steps(), "sweep steps must be between 1 and 10000, got " + s.steps().text());
        }
        if (s.log() != null && (from <= 0 || to <= 0)) {
            throw new LangError(s.log(), "a log sweep needs positive bounds, got " + Quantities.text(s.from())
                    + " to " + Quantities.text(s.to()));
        }
        checkValue(p, from, s.from());
        checkValue(p, to, s.to());
        return new Sweep(p, from, to, (int) steps, s.log() != null);
    }

    private SizeStudy size(Ast.SizeStatement s) {
        ParameterPath p = path(s.path());
        MetricKey metric = metric(s.metric());
        double target = MetricUnits.read(quantities, s.target(), metric);
        double lo = value(p, s.lo(), "size between");
        double hi = value(p, s.hi(), "size and");
        if (!(lo < hi)) {
            throw new LangError(s.lo().number(), "size needs 'between A and B' with A < B, got "
                    + Quantities.text(s.lo()) + " and " + Quantities.text(s.hi()));
        }
        checkValue(p, lo, s.lo());
        checkValue(p, hi, s.hi());
        return new SizeStudy(p, metric.key(), s.op().is(TokenKind.LE) ? SizeStudy.Comparison.AT_MOST
                : SizeStudy.Comparison.AT_LEAST, target, lo, hi);
    }

    /** A parameter path that names a numeric setting of the scenario. */
    ParameterPath path(Token t) {
        ParameterPath p = ParameterPath.of(t.text());
        var problem = p.problem(scenario);
        if (problem.isPresent()) {
            List<String> all = ParameterPath.all(scenario).stream().map(ParameterPath::text).toList();
            String hint = Suggestions.hint(t.text(), all);
            throw new LangError(t, problem.get(), hint != null ? hint : "parameters are named like backstop.stake");
        }
        return p;
    }

    static MetricKey metric(Token t) {
        return MetricKey.byKey(t.text()).orElseThrow(() -> {
            List<String> keys = Arrays.stream(MetricKey.values()).map(MetricKey::key).toList();
            String hint = Suggestions.hint(t.text(), keys);
            return new LangError(t, "unknown metric '" + t.text() + "'",
                    hint != null ? hint : "metrics are " + String.join(", ", keys));
        });
    }

    private double value(ParameterPath p, Ast.Quantity q, String what) {
        ParameterUnit unit = p.unit(scenario);
        return quantities.inUnit(q, unit, unit == ParameterUnit.ASSET ? p.unitLabel(scenario) : null, p.text());
    }

    /** The value must be one the setting can take (checked by applying it to the scenario). */
    private void checkValue(ParameterPath p, double v, Ast.Quantity q) {
        try {
            p.apply(scenario, v);
        } catch (IllegalArgumentException e) {
            throw new LangError(q.number(), p.text() + " cannot be " + Quantities.text(q) + ": " + e.getMessage());
        }
    }
}
