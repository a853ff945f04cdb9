package dev.backstop.lang;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.Study;
import java.util.List;

/**
 * What a {@code .bsl} file holds: one scenario and the study statements after it.
 * Immutable and thread-safe.
 */
public record ScenarioFile(Scenario scenario, List<Study> studies) {
    public ScenarioFile {
        studies = List.copyOf(studies);
    }

    public ScenarioFile withScenario(Scenario s) {
        return new ScenarioFile(s, studies);
    }
}
