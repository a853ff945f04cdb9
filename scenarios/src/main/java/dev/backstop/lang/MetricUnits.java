package dev.backstop.lang;

import dev.backstop.core.result.MetricKey;

/**
 * The unit in which a metric of SPEC §1.4 is written in a size target: USD amounts for
 * {@code *_usd_*}, days for {@code first_slash_day_median}, plain numbers for counts and ratios,
 * and shares (written with {@code %}) for probabilities, fractions and APRs. Stateless.
 */
final class MetricUnits {
    enum Kind { USD, DAYS, NUMBER, SHARE }

    private MetricUnits() {}

    static Kind of(MetricKey m) {
        String k = m.key();
        if (k.contains("_usd")) {
            return Kind.USD;
        }
        if (k.equals("first_slash_day_median")) {
            return Kind.DAYS;
        }
        if (k.equals("slash_events_mean") || k.equals("staker_sharpe") || k.equals("staker_sortino")) {
            return Kind.NUMBER;
        }
        return Kind.SHARE;
    }

    /** A target value for the metric, in the metric's unit. */
    static double read(Quantities q, Ast.Quantity v, MetricKey m) {
        String what = "target of " + m.key();
        return switch (of(m)) {
            case USD -> q.amount(v, "USD", what, true);
            case DAYS -> q.days(v, what, true);
            case NUMBER -> q.plain(v, what);
            case SHARE -> v.per() != null ? q.perYear(v, what, true, true) : q.fraction(v, what);
        };
    }
}
