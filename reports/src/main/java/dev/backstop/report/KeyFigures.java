package dev.backstop.report;

import dev.backstop.core.result.MetricKey;
import java.util.List;

/**
 * Which metrics are shown to people, in which words and order: {@link #ALL} in {@code summary.md},
 * {@link #TERMINAL} (the few that decide a backstop's size) after a run. Stateless.
 */
public final class KeyFigures {
    private KeyFigures() {}

    /** Every metric of SPEC §1.4, in words. */
    public static final List<KeyFigure> ALL = List.of(
            new KeyFigure(MetricKey.P_SLASH, "P(slash)",
                    "Chance the backstop is slashed at least once", FigureStyle.PERCENT),
            new KeyFigure(MetricKey.P_SHORTFALL, "P(shortfall)",
                    "Chance of a shortfall (losses that neither the reserve nor the backstop covers)", FigureStyle.PERCENT),
            new KeyFigure(MetricKey.SLASH_EVENTS_MEAN, "Slash events, mean",
                    "Average number of slash events", FigureStyle.NUMBER),
            new KeyFigure(MetricKey.SLASHED_USD_MEAN, "Slashed, mean",
                    "Average amount taken from the backstop", FigureStyle.USD),
            new KeyFigure(MetricKey.SLASHED_FRACTION_MEAN, "Stake lost, mean",
                    "Average share of a staker's stake lost to slashing", FigureStyle.PERCENT),
            new KeyFigure(MetricKey.DEFICIT_USD_MEAN, "Deficit, mean",
                    "Average uncovered deficit", FigureStyle.USD),
            new KeyFigure(MetricKey.DEFICIT_USD_VAR99, "Deficit, 99th pct",
                    "Uncovered deficit exceeded in only 1 % of futures (99th percentile)", FigureStyle.USD),
            new KeyFigure(MetricKey.DEFICIT_USD_CVAR99, "Deficit, worst 1 %",
                    "Average uncovered deficit in the worst 1 % of futures", FigureStyle.USD),
            new KeyFigure(MetricKey.RESERVE_USED_USD_MEAN, "Reserve used, mean",
                    "Average amount paid by the reserve", FigureStyle.USD),
            new KeyFigure(MetricKey.BACKSTOP_VALUE_END_USD_MEAN, "Backstop at end, mean",
                    "Average value of the backstop at the end", FigureStyle.USD),
            new KeyFigure(MetricKey.FIRST_SLASH_DAY_MEDIAN, "First slash, median",
                    "Typical day of the first slash, when there is one (median)", FigureStyle.DAY),
            new KeyFigure(MetricKey.STAKER_APR_MEAN, "Staker APR, mean",
                    "Stakers' return per year, average (after slashing)", FigureStyle.PERCENT),
            new KeyFigure(MetricKey.STAKER_APR_SD, "Staker APR, sd",
                    "Spread of stakers' return per year (standard deviation)", FigureStyle.PERCENT),
            new KeyFigure(MetricKey.STAKER_APR_GROSS_MEAN, "Staker APR, rewards",
                    "Stakers' rewards per year, average (before slashing)", FigureStyle.PERCENT),
            new KeyFigure(MetricKey.STAKER_APR_VAR95, "Staker APR, 5th pct",
                    "Stakers' return per year in a bad case (only 5 % of futures are worse)", FigureStyle.PERCENT),
            new KeyFigure(MetricKey.STAKER_APR_CVAR95, "Staker APR, worst 5 %",
                    "Stakers' return per year, average of the worst 5 % of futures", FigureStyle.PERCENT),
            new KeyFigure(MetricKey.STAKER_SHARPE, "Sharpe ratio",
                    "Stakers' Sharpe ratio (excess return per unit of spread)", FigureStyle.NUMBER),
            new KeyFigure(MetricKey.STAKER_SORTINO, "Sortino ratio",
                    "Stakers' Sortino ratio (excess return per unit of downside)", FigureStyle.NUMBER),
            new KeyFigure(MetricKey.P_STAKER_LOSS, "P(staker loss)",
                    "Chance a staker ends the period with a loss", FigureStyle.PERCENT));

    /** The figures printed after a run. */
    public static final List<KeyFigure> TERMINAL = ALL.stream().filter(f -> switch (f.key()) {
        case P_SLASH, P_SHORTFALL, SLASHED_USD_MEAN, DEFICIT_USD_MEAN, DEFICIT_USD_CVAR99, FIRST_SLASH_DAY_MEDIAN,
                STAKER_APR_MEAN, STAKER_APR_VAR95, P_STAKER_LOSS -> true;
        default -> false;
    }).toList();
}
