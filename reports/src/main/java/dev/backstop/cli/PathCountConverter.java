package dev.backstop.cli;

import dev.backstop.core.model.Scenario;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --paths}: a whole number written as in the language (SPEC §2): {@code 1000000},
 * {@code 1_000_000}, {@code 1e6}, {@code 100k}, {@code 1M}, {@code 2.5M}; between 1 and
 * {@link Scenario#MAX_PATHS}. Stateless.
 */
public final class PathCountConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String s = value.strip().replace("_", "");
        BigDecimal multiplier = BigDecimal.ONE;
        if (!s.isEmpty()) {
            BigDecimal suffix = switch (s.charAt(s.length() - 1)) {
                case 'k', 'K' -> BigDecimal.valueOf(1_000);
                case 'M' -> BigDecimal.valueOf(1_000_000);
                case 'B' -> BigDecimal.valueOf(1_000_000_000);
                default -> null;
            };
            if (suffix != null) {
                multiplier = suffix;
                s = s.substring(0, s.length() - 1);
            }
        }
        BigDecimal n;
        try {
            n = new BigDecimal(s).multiply(multiplier);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number of paths; write e.g. 10000, 100k or 1M");
        }
        if (n.signum() <= 0 || n.compareTo(BigDecimal.valueOf(Scenario.MAX_PATHS)) > 0) {
            throw new TypeConversionException("paths must be between 1 and " + Scenario.MAX_PATHS + ", got " + value);
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new TypeConversionException("paths must be a whole number, got " + value);
        }
    }
}
