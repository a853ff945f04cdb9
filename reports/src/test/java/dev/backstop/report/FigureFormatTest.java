package dev.backstop.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How figures read for people. */
class FigureFormatTest {
    @Test
    void percents() {
        assertEquals("12.31 %", FigureFormat.percent(0.1231));
        assertEquals("0.00 %", FigureFormat.percent(0));
        assertEquals("0.523 %", FigureFormat.percent(0.00523));
        assertEquals("0.00120 %", FigureFormat.percent(0.000012));
        assertEquals("-5.00 %", FigureFormat.percent(-0.05));
        assertEquals("0.00 %", FigureFormat.percent(-1e-9 * 1e-9));
    }

    @Test
    void intervalsShareTheValuesDecimals() {
        assertEquals("11.90 – 12.72 %", FigureFormat.interval(FigureStyle.PERCENT, 0.1231, 0.119, 0.1272));
        assertEquals("0.480 – 0.570 %", FigureFormat.interval(FigureStyle.PERCENT, 0.0052, 0.0048, 0.0057));
        assertEquals("", FigureFormat.interval(FigureStyle.PERCENT, 0.1, Double.NaN, 0.2));
    }

    @Test
    void dollars() {
        assertEquals("$523", FigureFormat.usd(523.4));
        assertEquals("$5.23", FigureFormat.usd(5.234));
        assertEquals("$12.3k", FigureFormat.usd(12_340));
        assertEquals("$1.23M", FigureFormat.usd(1_234_000));
        assertEquals("$1.00M", FigureFormat.usd(999_999));
        assertEquals("$10.0B", FigureFormat.usd(1e10));
        assertEquals("-$2.50M", FigureFormat.usd(-2.5e6));
        assertEquals("$0.00", FigureFormat.usd(0));
    }

    @Test
    void otherStyles() {
        assertEquals("day 143.5", FigureFormat.format(FigureStyle.DAY, 143.5));
        assertEquals("day 12", FigureFormat.format(FigureStyle.DAY, 12));
        assertEquals("0.142", FigureFormat.format(FigureStyle.NUMBER, 0.1423));
        assertEquals("n/a", FigureFormat.format(FigureStyle.USD, Double.NaN));
        assertEquals("100,000", FigureFormat.count(100_000));
    }
}
