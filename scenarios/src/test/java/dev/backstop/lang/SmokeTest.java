package dev.backstop.lang;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() {
        ParseResult r = BundledScenarios.load("lending-native");
        System.out.println(r.formatErrors());
        r.file().ifPresent(f -> System.out.println(f));
    }
}
