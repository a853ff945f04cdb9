package dev.backstop.core.model;

/**
 * The unit in which a parameter is written and stored, so that studies read and print values the
 * way the language does ({@code 500k AAVE}, {@code 20%}, {@code 0.1/yr}).
 */
public enum ParameterUnit {
    /** US dollars. */
    USD,
    /** Units of an asset (the symbol is given separately). */
    ASSET,
    /** A plain share, written with {@code %}. */
    FRACTION,
    /** A share per year, written {@code %/yr}. */
    FRACTION_PER_YEAR,
    /** A count per year, written {@code /yr}. */
    PER_YEAR,
    /** A number of days. */
    DAYS,
    /** A plain number (an exponent, a count). */
    NUMBER
}
