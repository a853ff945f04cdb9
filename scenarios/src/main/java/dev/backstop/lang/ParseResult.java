package dev.backstop.lang;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A parsed file, or every error found in it (up to 20). Immutable and thread-safe.
 */
public record ParseResult(Optional<ScenarioFile> file, List<Diagnostic> errors) {
    public ParseResult {
        errors = List.copyOf(errors);
        if (file.isPresent() == !errors.isEmpty()) {
            throw new IllegalArgumentException("a parse result has either a file or errors");
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The file; throws {@link ScenarioException} with all messages if there were errors. */
    public ScenarioFile orThrow() {
        return file.orElseThrow(() -> new ScenarioException(this));
    }

    /** All errors formatted as SPEC §2 shows them, separated by blank lines. */
    public String formatErrors() {
        return errors.stream().map(Diagnostic::format).collect(Collectors.joining("\n\n"));
    }
}
