package dev.backstop.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The number and string spellings every JSON document of Backstop uses. */
class JsonTest {
    @Test
    void integralNumbersHaveNoFraction() {
        assertEquals("365", Json.number(365.0));
        assertEquals("0", Json.number(-0.0));
        assertEquals("-42", Json.number(-42));
        assertEquals("999999999999999", Json.number(999_999_999_999_999.0));
    }

    @Test
    void otherNumbersUseTheShortestRoundTripForm() {
        assertEquals("0.1231", Json.number(0.1231));
        assertEquals("1.0E15", Json.number(1e15));
        assertEquals("1.0E-5", Json.number(1e-5));
        assertEquals(0.1 + 0.2, Double.parseDouble(Json.number(0.1 + 0.2)));
    }

    @Test
    void nonFiniteNumbersAreNull() {
        assertEquals("null", Json.number(Double.NaN));
        assertEquals("null", Json.number(Double.POSITIVE_INFINITY));
        assertEquals("null", Json.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void stringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001é\"", Json.string("a\"b\\c\nd\u0001é"));
    }
}
