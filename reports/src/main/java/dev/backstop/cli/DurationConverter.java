package dev.backstop.cli;

import dev.backstop.core.model.Scenario;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --horizon}: a duration in days, written {@code 180}, {@code 180 days}, {@code 1 day} or
 * {@code 36 hours} (a bare number means days, the horizon's own unit); greater than zero and at most
 * {@link Scenario#MAX_HORIZON_DAYS}. Stateless.
 */
public final class DurationConverter implements ITypeConverter<Double> {
    private static final Pattern DURATION =
            Pattern.compile("([0-9][0-9_]*(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*(days?|hours?)?");

    @Override
    public Double convert(String value) {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a duration; write e.g. 180, '180 days' or '36 hours'");
        }
        double n = Double.parseDouble(m.group(1).replace("_", ""));
        double days = m.group(2) != null && m.group(2).startsWith("hour") ? n / 24 : n;
        if (!(days > 0) || days > Scenario.MAX_HORIZON_DAYS) {
            throw new TypeConversionException("the horizon must be more than 0 and at most "
                    + (long) Scenario.MAX_HORIZON_DAYS + " days, got " + value);
        }
        return days;
    }
}
