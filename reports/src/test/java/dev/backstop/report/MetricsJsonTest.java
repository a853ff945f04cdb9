package dev.backstop.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.result.MetricKey;
import org.junit.jupiter.api.Test;

/** metrics.json is exactly the SPEC §4 document, byte for byte, with null wherever a number does not exist. */
class MetricsJsonTest {

    private static final String EXPECTED = """
            {
              "scenario": "Tiny \\"test\\"",
              "version": "9.9.9",
              "paths": 4,
              "seed": 7,
              "horizon_days": 2,
              "step_days": 1,
              "metrics": {
                "p_slash": {"value": 0.25, "ci95": [0.0456, 0.6994]},
                "p_shortfall": {"value": 0, "ci95": [0, 0.4899]},
                "slash_events_mean": {"value": 0.5, "ci95": [-0.48, 1.48]},
                "slashed_usd_mean": {"value": 2500000, "ci95": [0, 7400000]},
                "slashed_fraction_mean": null,
                "deficit_usd_mean": null,
                "deficit_usd_var99": 1234.5,
                "deficit_usd_cvar99": null,
                "reserve_used_usd_mean": null,
                "backstop_value_end_usd_mean": null,
                "first_slash_day_median": 2,
                "staker_apr_mean": {"value": -0.0123, "ci95": [null, null]},
                "staker_apr_sd": null,
                "staker_apr_gross_mean": null,
                "staker_apr_var95": null,
                "staker_apr_cvar95": null,
                "staker_sharpe": null,
                "staker_sortino": null,
                "p_staker_loss": {"value": 1.0E-5, "ci95": [0, 3.0E-4]}
              },
              "survival": [
                [0, 1],
                [1, 1],
                [2, 0.75]
              ]
            }
            """;

    @Test
    void tinyResultGivesExactlyTheExpectedDocument() {
        assertEquals(EXPECTED, MetricsJson.of(TinyResult.build(), "9.9.9"));
    }

    @Test
    void everyMetricKeyAppearsOnceInSpecOrder() {
        String json = MetricsJson.of(TinyResult.build(), "9.9.9");
        int last = -1;
        for (MetricKey k : MetricKey.values()) {
            String quoted = "\"" + k.key() + "\": ";
            int at = json.indexOf(quoted);
            assertTrue(at > last, k.key() + " missing or out of order");
            assertEquals(at, json.lastIndexOf(quoted), k.key() + " appears twice");
            last = at;
        }
    }

    @Test
    void neverWritesNaNOrInfinity() {
        String json = MetricsJson.of(TinyResult.build(), "9.9.9");
        assertFalse(json.contains("NaN"), json);
        assertFalse(json.contains("Infinity"), json);
    }

    @Test
    void sameResultGivesSameBytes() {
        assertEquals(MetricsJson.of(TinyResult.build()), MetricsJson.of(TinyResult.build()));
    }

    @Test
    void versionComesFromTheBuildOrTheFallback() {
        assertTrue(MetricsJson.of(TinyResult.build()).contains("\"version\": \"" + Version.get() + "\""));
        assertFalse(Version.get().isBlank());
    }
}
