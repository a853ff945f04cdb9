package dev.backstop.lang;

import java.math.BigDecimal;

/**
 * How a number as written becomes the value stored in the model, done in exact decimal
 * arithmetic before the single conversion to {@code double} (so that printing a value and reading
 * it back gives the same double). Thread-safe.
 */
enum Scale {
    /** As written. */
    ONE,
    /** {@code 12%} = 0.12. */
    PERCENT,
    /** A rate per day, stored per year: ×365. */
    PER_DAY,
    /** {@code 1%/day}: ÷100 ×365. */
    PERCENT_PER_DAY,
    /** Hours stored as days: ÷24 (to 34 significant digits). */
    HOURS,
    /** Years stored as days: ×365. */
    YEARS;

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

    /** The stored value of a written number. */
    BigDecimal apply(BigDecimal written) {
        return switch (this) {
            case ONE -> written;
            case PERCENT -> written.movePointLeft(2);
            case PER_DAY -> written.multiply(DAYS_PER_YEAR);
            case PERCENT_PER_DAY -> written.movePointLeft(2).multiply(DAYS_PER_YEAR);
            case HOURS -> written.divide(HOURS_PER_DAY, NumberLiteral.CONTEXT);
            case YEARS -> written.multiply(DAYS_PER_YEAR);
        };
    }

    /** The written number of a stored value (approximately, for {@code PER_DAY}; the printer checks). */
    BigDecimal invert(BigDecimal stored) {
        return switch (this) {
            case ONE -> stored;
            case PERCENT -> stored.movePointRight(2);
            case PER_DAY -> stored.divide(DAYS_PER_YEAR, NumberLiteral.CONTEXT);
            case PERCENT_PER_DAY -> stored.movePointRight(2).divide(DAYS_PER_YEAR, NumberLiteral.CONTEXT);
            case HOURS -> stored.multiply(HOURS_PER_DAY);
            case YEARS -> stored.divide(DAYS_PER_YEAR, NumberLiteral.CONTEXT);
        };
    }

    /** The double the language stores for {@code written} in this scale. */
    double toDouble(BigDecimal written) {
        return apply(written).doubleValue();
    }
}
