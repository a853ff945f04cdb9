package dev.backstop.core.result;

import java.util.Arrays;
import java.util.Optional;

/**
 * The aggregates of SPEC §1.4, in the order they are written, with their JSON keys.
 */
public enum MetricKey {
    P_SLASH("p_slash", Kind.PROBABILITY),
    P_SHORTFALL("p_shortfall", Kind.PROBABILITY),
    SLASH_EVENTS_MEAN("slash_events_mean", Kind.MEAN),
    SLASHED_USD_MEAN("slashed_usd_mean", Kind.MEAN),
    SLASHED_FRACTION_MEAN("slashed_fraction_mean", Kind.MEAN),
    DEFICIT_USD_MEAN("deficit_usd_mean", Kind.MEAN),
    DEFICIT_USD_VAR99("deficit_usd_var99", Kind.NUMBER),
    DEFICIT_USD_CVAR99("deficit_usd_cvar99", Kind.NUMBER),
    RESERVE_USED_USD_MEAN("reserve_used_usd_mean", Kind.MEAN),
    BACKSTOP_VALUE_END_USD_MEAN("backstop_value_end_usd_mean", Kind.MEAN),
    FIRST_SLASH_DAY_MEDIAN("first_slash_day_median", Kind.NUMBER),
    STAKER_APR_MEAN("staker_apr_mean", Kind.MEAN),
    STAKER_APR_SD("staker_apr_sd", Kind.NUMBER),
    STAKER_APR_GROSS_MEAN("staker_apr_gross_mean", Kind.MEAN),
    STAKER_APR_VAR95("staker_apr_var95", Kind.NUMBER),
    STAKER_APR_CVAR95("staker_apr_cvar95", Kind.NUMBER),
    STAKER_SHARPE("staker_sharpe", Kind.NUMBER),
    STAKER_SORTINO("staker_sortino", Kind.NUMBER),
    P_STAKER_LOSS("p_staker_loss", Kind.PROBABILITY);

    /** Whether a metric carries an interval. */
    public enum Kind {
        /** A share of paths, with a Wilson interval. */
        PROBABILITY,
        /** A mean over paths, with a normal interval. */
        MEAN,
        /** A plain number, or null where undefined. */
        NUMBER
    }

    private final String key;
    private final Kind kind;

    MetricKey(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The JSON key. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public boolean hasInterval() {
        return kind != Kind.NUMBER;
    }

    public static Optional<MetricKey> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
