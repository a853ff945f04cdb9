package dev.backstop.report.html;

import dev.backstop.core.result.MetricKey;
import dev.backstop.report.FigureFormat;
import dev.backstop.report.FigureStyle;
import dev.backstop.report.MetricsTable;
import dev.backstop.report.chart.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The key figures of a run in sentences a non-specialist reads ("In 6.50 % of simulated years
 * (95 % interval 6.35 – 6.65 %) stakers are slashed at least once."), each estimate with its
 * interval. A probability of zero is said as "in none of the N simulated years", with the upper end
 * of its interval. Plain text: the HTML writer escapes it. Stateless and thread-safe.
 */
public final class KeySentences {
    private KeySentences() {}

    /** The sentences for a run's metrics, most decisive first. */
    public static List<String> of(MetricsTable t, Period period, long paths) {
        List<String> out = new ArrayList<>();
        String years = period.plural();
        String count = FigureFormat.count(paths);

        MetricsTable.Row slash = t.row(MetricKey.P_SLASH);
        if (slash.isDefined() && slash.value() == 0) {
            out.add("In none of the " + count + " " + years + " were stakers slashed; the chance is at most "
                    + pct(slash.hi()) + " (the upper end of its 95 % interval).");
        } else if (slash.isDefined()) {
            out.add("In " + pct(slash.value()) + " of " + years + " (95 % interval " + interval(slash)
                    + ") stakers are slashed at least once.");
        }

        MetricsTable.Row shortfall = t.row(MetricKey.P_SHORTFALL);
        if (shortfall.isDefined() && shortfall.value() == 0) {
            out.add("In none of the " + count + " " + years + " were the losses more than the reserve and the"
                    + " backstop could pay; the chance of that is at most " + pct(shortfall.hi()) + ".");
        } else if (shortfall.isDefined()) {
            out.add("In " + pct(shortfall.value()) + " of " + years + " (" + interval(shortfall) + ") the losses are"
                    + " more than the reserve and the backstop can pay, and part of them is left uncovered (a shortfall).");
        }

        MetricsTable.Row slashed = t.row(MetricKey.SLASHED_USD_MEAN);
        MetricsTable.Row fraction = t.row(MetricKey.SLASHED_FRACTION_MEAN);
        if (slashed.isDefined()) {
            String s = "On average the backstop pays " + FigureFormat.usd(slashed.value()) + " per "
                    + period.singular() + " towards losses" + bracket(slashed, FigureStyle.USD);
            if (fraction.isDefined()) {
                s += ", and a staker loses " + pct(fraction.value()) + " of the stake to slashing"
                        + bracket(fraction, FigureStyle.PERCENT);
            }
            out.add(s + ".");
        }

        MetricsTable.Row cvar = t.row(MetricKey.DEFICIT_USD_CVAR99);
        MetricsTable.Row deficit = t.row(MetricKey.DEFICIT_USD_MEAN);
        if (shortfall.isDefined() && shortfall.value() > 0 && cvar.isDefined()) {
            out.add("In the worst 1 % of " + years + ", the uncovered deficit averages " + FigureFormat.usd(cvar.value())
                    + (deficit.isDefined() ? "; over all " + years + " it averages " + FigureFormat.usd(deficit.value())
                    + bracket(deficit, FigureStyle.USD) : "") + ".");
        }

        MetricsTable.Row apr = t.row(MetricKey.STAKER_APR_MEAN);
        MetricsTable.Row var = t.row(MetricKey.STAKER_APR_VAR95);
        if (apr.isDefined()) {
            String s = "Stakers earn on average " + pct(apr.value()) + " a year after slashing" + bracket(apr,
                    FigureStyle.PERCENT);
            if (var.isDefined()) {
                s += "; in a bad " + period.singular().replace("simulated ", "") + " (1 in 20) they earn "
                        + pct(var.value()) + " a year or less";
            }
            out.add(s + ".");
        }

        MetricsTable.Row loss = t.row(MetricKey.P_STAKER_LOSS);
        if (loss.isDefined()) {
            out.add(loss.value() == 0
                    ? "In none of the " + count + " " + years + " did stakers end with fewer tokens than they staked."
                    : "In " + pct(loss.value()) + " of " + years + " (" + interval(loss) + ") stakers end with fewer"
                            + " tokens than they staked, rewards included.");
        }

        MetricsTable.Row first = t.row(MetricKey.FIRST_SLASH_DAY_MEDIAN);
        if (first.isDefined()) {
            out.add("When there is a slash, the first one typically comes around "
                    + FigureFormat.format(FigureStyle.DAY, first.value()) + " (the median).");
        }
        return out;
    }

    private static String pct(double share) {
        return FigureFormat.percent(share);
    }

    private static String interval(MetricsTable.Row r) {
        return FigureFormat.interval(FigureStyle.PERCENT, r.value(), r.lo(), r.hi());
    }

    /** {@code " (95 % interval LO – HI)"}, or nothing when the row has no interval. */
    private static String bracket(MetricsTable.Row r, FigureStyle style) {
        String i = FigureFormat.interval(style, r.value(), r.lo(), r.hi());
        return i.isEmpty() ? "" : " (" + i + ")";
    }
}
