package dev.backstop.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.result.MetricKey;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The table model holds every metric in SPEC order, with NaN for what does not exist. */
class MetricsTableTest {
    @Test
    void rowsFollowTheMetricKeyOrder() {
        MetricsTable t = MetricsTable.of(TinyResult.build());
        assertEquals(Arrays.asList(MetricKey.values()), t.rows().stream().map(MetricsTable.Row::key).toList());
    }

    @Test
    void infiniteValuesCountAsUndefined() {
        MetricsTable.Row r = MetricsTable.of(TinyResult.build()).row(MetricKey.DEFICIT_USD_CVAR99);
        assertFalse(r.isDefined());
        assertTrue(Double.isNaN(r.value()));
    }

    @Test
    void intervalsComeFromTheEstimate() {
        MetricsTable.Row r = MetricsTable.of(TinyResult.build()).row(MetricKey.P_SLASH);
        assertEquals(0.25, r.value());
        assertEquals(0.0456, r.lo());
        assertEquals(0.6994, r.hi());
        assertTrue(r.hasInterval());
    }
}
