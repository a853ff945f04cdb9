package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Lanes are filed under the step of their next event by the rule "time <= end of the step". */
class EventCalendarTest {

    @Test
    void stepOfFollowsTheEndOfEachStep() {
        StepGrid g = CooldownTest.grid(30, 7, 0); // steps end on days 7, 14, 21, 28, 30
        EventCalendar cal = new EventCalendar(g, 4);
        assertEquals(0, cal.stepOf(0));
        assertEquals(0, cal.stepOf(7 / 365.0), "an event at the very end of a step belongs to it");
        assertEquals(1, cal.stepOf(Math.nextUp(7 / 365.0)));
        assertEquals(4, cal.stepOf(29 / 365.0), "the shorter last step");
        assertEquals(4, cal.stepOf(30 / 365.0));
        assertEquals(5, cal.stepOf(Math.nextUp(30 / 365.0)), "after the horizon");
        assertEquals(5, cal.stepOf(Double.POSITIVE_INFINITY));
        assertEquals(5, cal.stepOf(Double.NaN), "never, as NaN <= end is false");
        for (int k = 0; k < g.steps(); k++) {
            double end = g.endYear(k + 1);
            assertEquals(k, cal.stepOf(end));
            assertEquals(k + 1, cal.stepOf(Math.nextUp(end)));
        }
    }

    @Test
    void takeReturnsTheLanesDueOnceAndNothingAfterTheHorizonIsKept() {
        StepGrid g = CooldownTest.grid(10, 1, 0);
        EventCalendar cal = new EventCalendar(g, 5);
        cal.schedule(0, 2.5 / 365);
        cal.schedule(1, 0.5 / 365);
        cal.schedule(2, 2.9 / 365);
        cal.schedule(3, 11.0 / 365);
        cal.schedule(4, 3.0 / 365);
        int[] out = new int[5];
        assertEquals(1, cal.take(0, out));
        assertEquals(1, out[0]);
        assertEquals(0, cal.take(1, out));
        int n = cal.take(2, out);
        int[] due = Arrays.copyOf(out, n);
        Arrays.sort(due);
        assertArrayEquals(new int[] {0, 2, 4}, due);
        assertEquals(0, cal.take(2, out), "taken once");
        for (int k = 3; k < 10; k++) {
            assertEquals(0, cal.take(k, out), "lane 3 is due after the horizon: not kept");
        }
        cal.schedule(3, 9.5 / 365);
        cal.clear();
        assertEquals(0, cal.take(9, out));
    }
}
