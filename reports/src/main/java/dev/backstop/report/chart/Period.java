package dev.backstop.report.chart;

import dev.backstop.core.model.Scenario;
import dev.backstop.report.Json;

/**
 * What one simulated path is called for readers: a "simulated year" when the horizon is 365 days,
 * else a "simulated 180-day period". Immutable and thread-safe.
 *
 * @param singular e.g. {@code simulated year}
 * @param plural   e.g. {@code simulated years}
 * @param shortPlural e.g. {@code years}
 */
public record Period(String singular, String plural, String shortPlural) {
    /** The period of a scenario's horizon. */
    public static Period of(Scenario s) {
        if (s.horizonDays() == 365) {
            return new Period("simulated year", "simulated years", "years");
        }
        String days = Json.number(s.horizonDays()) + (s.horizonDays() == 1 ? "-day" : "-day");
        return new Period("simulated " + days + " period", "simulated " + days + " periods", days + " periods");
    }
}
