package dev.backstop.core.result;

/**
 * The per-path measures of SPEC §1.3, with the column names of {@code paths.csv}.
 */
public enum PathMeasure {
    SLASHED("slashed"),
    SLASH_EVENTS("slash_events"),
    FIRST_SLASH_DAY("first_slash_day"),
    SLASHED_USD("slashed_usd"),
    SLASHED_FRACTION("slashed_fraction"),
    SHORTFALL("shortfall"),
    DEFICIT_USD("deficit_usd"),
    RESERVE_USED_USD("reserve_used_usd"),
    BACKSTOP_VALUE_END_USD("backstop_value_end_usd"),
    STAKER_APR("staker_apr"),
    STAKER_APR_GROSS("staker_apr_gross"),
    /** Total losses (capped severities) of the path: reserve used + slashed + deficit. */
    LOSSES_USD("losses_usd"),
    /** Reserve swept out above the target ratio. */
    SWEPT_USD("swept_usd");

    private final String column;

    PathMeasure(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
