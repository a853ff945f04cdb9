package dev.backstop.lang;

import dev.backstop.core.model.Asset;
import dev.backstop.core.model.Backstop;
import dev.backstop.core.model.Cap;
import dev.backstop.core.model.Correlation;
import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.Emissions;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.ParameterUnit;
import dev.backstop.core.model.Protocol;
import dev.backstop.core.model.Reserve;
import dev.backstop.core.model.Rewards;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.model.Stakers;
import dev.backstop.core.model.Study;
import dev.backstop.core.model.Sweep;
import dev.backstop.core.result.MetricKey;
import java.util.List;

/**
 * Writes a scenario in canonical form (SPEC §3 {@code backstop check}): every block and setting in
 * a fixed order, defaults written out, two-space indentation, one setting per line, shares as
 * {@code %}, rates per year ({@code /yr}), durations in days (hours where that is whole),
 * distributions with named arguments, and every number in the shortest form that reads back to
 * the same double, so that {@code parse(print(s))} equals {@code s}. Settings that are absent and
 * have no written default ({@code follows}, reserve {@code target}, {@code on_crash}, {@code cap},
 * {@code drop} without crashes) are left out. Stateless and thread-safe.
 */
public final class CanonicalPrinter {
    private static final String I1 = "  ";
    private static final String I2 = "    ";
    private static final String I3 = "      ";

    private CanonicalPrinter() {}

    /** The scenario block followed by the file's study statements. */
    public static String print(ScenarioFile file) {
        StringBuilder sb = new StringBuilder(print(file.scenario()));
        if (!file.studies().isEmpty()) {
            sb.append('\n');
            for (Study s : file.studies()) {
                sb.append(study(file.scenario(), s)).append('\n');
            }
        }
        return sb.toString();
    }

    /** The scenario block alone. */
    public static String print(Scenario s) {
        StringBuilder sb = new StringBuilder();
        sb.append("scenario ").append(string(s.name())).append(" {\n");
        sb.append(I1).append("horizon ").append(duration(s.horizonDays())).append('\n');
        sb.append(I1).append("step ").append(duration(s.stepDays())).append('\n');
        sb.append(I1).append("paths ").append(NumberPrinter.plain(s.paths(), true)).append('\n');
        sb.append(I1).append("seed ").append(s.seed()).append('\n');
        sb.append('\n');
        market(sb, s);
        sb.append('\n');
        protocol(sb, s.protocol());
        sb.append('\n');
        reserve(sb, s.reserve());
        sb.append('\n');
        sb.append(I1).append("losses {\n");
        for (LossSource l : s.losses()) {
            source(sb, l);
        }
        sb.append(I1).append("}\n\n");
        backstop(sb, s.backstop());
        sb.append('\n');
        stakers(sb, s.stakers());
        sb.append("}\n");
        return sb.toString();
    }

    private static void market(StringBuilder sb, Scenario s) {
        sb.append(I1).append("market {\n");
        for (Asset a : s.market().assets()) {
            sb.append(I2).append("asset ").append(a.symbol()).append(" {\n");
            sb.append(I3).append("price ").append(amount(a.price(), Backstop.USD)).append('\n');
            sb.append(I3).append("drift ").append(percentPerYear(a.drift())).append('\n');
            sb.append(I3).append("volatility ").append(percentPerYear(a.volatility())).append('\n');
            sb.append(I3).append("crashes ").append(perYear(a.crashes())).append('\n');
            a.drop().ifPresent(d -> sb.append(I3).append("drop ").append(distribution(d, Distributions.Use.DROP)).append('\n'));
            sb.append(I2).append("}\n");
        }
        for (Correlation c : s.market().correlations()) {
            sb.append(I2).append("correlation ").append(c.a()).append(' ').append(c.b()).append(' ')
                    .append(NumberPrinter.plain(c.rho(), false)).append('\n');
        }
        sb.append(I1).append("}\n");
    }

    private static void protocol(StringBuilder sb, Protocol p) {
        sb.append(I1).append("protocol {\n");
        sb.append(I2).append("tvl ").append(amount(p.tvl(), Backstop.USD)).append('\n');
        p.follows().ifPresent(a -> sb.append(I2).append("follows ").append(a).append(" beta ")
                .append(NumberPrinter.plain(p.beta(), false)).append('\n'));
        sb.append(I2).append("revenue ").append(percentPerYear(p.revenueRate())).append(" of tvl\n");
        sb.append(I1).append("}\n");
    }

    private static void reserve(StringBuilder sb, Reserve r) {
        sb.append(I1).append("reserve {\n");
        sb.append(I2).append("initial ").append(amount(r.initial(), Backstop.USD)).append('\n');
        sb.append(I2).append("inflow ").append(percent(r.inflow())).append(" of revenue\n");
        r.target().ifPresent(t -> sb.append(I2).append("target ").append(percent(t)).append(" of tvl\n"));
        sb.append(I1).append("}\n");
    }

    private static void source(StringBuilder sb, LossSource l) {
        sb.append(I2).append("source ").append(l.name()).append(" {\n");
        sb.append(I3).append("label ").append(string(l.label())).append('\n');
        sb.append(I3).append("rate ").append(perYear(l.rate())).append('\n');
        l.onCrash().ifPresent(o -> sb.append(I3).append("on_crash ").append(o.asset()).append(' ')
                .append(percent(o.probability())).append('\n'));
        sb.append(I3).append("severity ");
        if (l.severity().fractionOfTvl()) {
            sb.append("fraction ").append(distribution(l.severity().distribution(), Distributions.Use.FRACTION))
                    .append(" of tvl");
        } else {
            sb.append(distribution(l.severity().distribution(), Distributions.Use.USD));
        }
        sb.append('\n');
        l.cap().ifPresent(c -> sb.append(I3).append("cap ").append(cap(c)).append('\n'));
        sb.append(I2).append("}\n");
    }

    private static String cap(Cap c) {
        return c.fractionOfTvl() ? percent(c.value()) + " of tvl" : amount(c.value(), Backstop.USD);
    }

    private static void backstop(StringBuilder sb, Backstop b) {
        sb.append(I1).append("backstop {\n");
        sb.append(I2).append("asset ").append(b.asset()).append('\n');
        sb.append(I2).append("stake ").append(amount(b.stake(), b.asset())).append('\n');
        sb.append(I2).append("max_slash ").append(percent(b.maxSlash())).append('\n');
        sb.append(I2).append("haircut ").append(percent(b.haircut())).append('\n');
        sb.append(I2).append("cooldown ").append(duration(b.cooldownDays())).append('\n');
        sb.append(I2).append("order ").append(b.order().keyword()).append('\n');
        Rewards r = b.rewards();
        sb.append(I2).append("rewards {\n");
        sb.append(I3).append("revenue_share ").append(percent(r.revenueShare())).append('\n');
        Emissions e = r.emissions();
        String rateUnit = b.isUsd() || e.rateInUsd() ? Backstop.USD : b.asset();
        sb.append(I3).append("emissions ").append(amount(e.rate(), rateUnit)).append("/yr");
        e.target().ifPresent(t -> sb.append(" target ")
                .append(amount(t, b.isUsd() || e.targetInUsd() ? Backstop.USD : b.asset())));
        sb.append('\n');
        sb.append(I3).append("underlying_yield ").append(percentPerYear(r.underlyingYield())).append('\n');
        sb.append(I2).append("}\n");
        sb.append(I1).append("}\n");
    }

    private static void stakers(StringBuilder sb, Stakers s) {
        sb.append(I1).append("stakers {\n");
        sb.append(I2).append("required_yield ").append(percentPerYear(s.requiredYield())).append('\n');
        sb.append(I2).append("elasticity ").append(perYear(s.elasticity())).append('\n');
        sb.append(I2).append("panic ").append(percent(s.panic())).append('\n');
        sb.append(I2).append("risk_free ").append(percentPerYear(s.riskFree())).append('\n');
        sb.append(I1).append("}\n");
    }

    private static String study(Scenario s, Study study) {
        ParameterPath p = study.param();
        if (study instanceof Sweep w) {
            return "sweep " + p.text() + " from " + inUnit(s, p, w.from()) + " to " + inUnit(s, p, w.to())
                    + " steps " + w.steps() + (w.log() ? " log" : "");
        }
        SizeStudy z = (SizeStudy) study;
        MetricKey m = MetricKey.byKey(z.metric()).orElseThrow();
        String target = switch (MetricUnits.of(m)) {
            case USD -> amount(z.target(), Backstop.USD);
            case DAYS -> duration(z.target());
            case NUMBER -> NumberPrinter.plain(z.target(), false);
            case SHARE -> percent(z.target());
        };
        return "size " + p.text() + " for " + z.metric() + " " + z.op().symbol() + " " + target
                + " between " + inUnit(s, p, z.lo()) + " and " + inUnit(s, p, z.hi());
    }

    /** A value of a parameter written in the parameter's unit ({@code 500k AAVE}, {@code 20%}, {@code 20 days}). */
    static String inUnit(Scenario s, ParameterPath p, double v) {
        ParameterUnit u = p.unit(s);
        return switch (u) {
            case USD -> amount(v, Backstop.USD);
            case ASSET -> amount(v, p.unitLabel(s));
            case FRACTION -> percent(v);
            case FRACTION_PER_YEAR -> percentPerYear(v);
            case PER_YEAR -> perYear(v);
            case DAYS -> duration(v);
            case NUMBER -> NumberPrinter.plain(v, false);
        };
    }

    private static String distribution(Distribution d, Distributions.Use use) {
        if (d instanceof Distribution.Empirical e) {
            return "empirical(" + string(e.file()) + ")";
        }
        List<String> names = d.argumentNames();
        double[] args = d.arguments();
        StringBuilder sb = new StringBuilder(d.kind()).append('(');
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(names.get(i)).append(": ");
            if (!d.isAmountArgument(i)) {
                sb.append(NumberPrinter.plain(args[i], false));
            } else if (use == Distributions.Use.USD) {
                sb.append(amount(args[i], Backstop.USD));
            } else {
                sb.append(percent(args[i]));
            }
        }
        return sb.append(')').toString();
    }

    static String amount(double v, String unit) {
        return NumberPrinter.plain(v, true) + " " + unit;
    }

    static String percent(double v) {
        String s = NumberPrinter.format(v, Scale.PERCENT, false);
        return s != null ? s + "%" : NumberPrinter.plain(v, false);
    }

    static String percentPerYear(double v) {
        String s = NumberPrinter.format(v, Scale.PERCENT, false);
        return s != null ? s + "%/yr" : NumberPrinter.plain(v, false) + "/yr";
    }

    static String perYear(double v) {
        return NumberPrinter.plain(v, false) + "/yr";
    }

    /**
     * Days ({@code 20 days}, {@code 1 day}, {@code 100.5 days}), except whole hours where days would
     * be below one or need more than two decimals ({@code 6 hours}, {@code 36.25} days stays days).
     */
    static String duration(double days) {
        String d = NumberPrinter.plain(days, false);
        int point = d.indexOf('.');
        boolean awkward = d.contains("e") || (point >= 0 && (days < 1 || d.length() - point - 1 > 2));
        if (awkward) {
            String h = NumberPrinter.format(days, Scale.HOURS, false);
            if (h != null && !h.contains(".") && !h.contains("e")) {
                return h + (h.equals("1") ? " hour" : " hours");
            }
        }
        return d + (d.equals("1") ? " day" : " days");
    }

    static String string(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
