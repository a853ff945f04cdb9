package dev.backstop.core;

import dev.backstop.core.engine.Engine;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One two-thread {@link Engine} for all the tests of a class, started before them and closed after:
 * register it as {@code @RegisterExtension static final EngineExtension ENGINE = new EngineExtension();}
 * and run scenarios on {@code ENGINE.get()}.
 */
public final class EngineExtension implements BeforeAllCallback, AfterAllCallback {
    private Engine engine;

    public Engine get() {
        return engine;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        engine = Engine.withThreads(2);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        engine.close();
    }
}
