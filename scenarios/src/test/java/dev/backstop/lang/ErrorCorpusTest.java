package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of SPEC §2 "Errors": each {@code errors/*.bsl} holds one mistake and, on its first
 * line, {@code # expect: LINE:COL: text}. The first diagnostic must be at that position and its
 * message (with its hint) must contain the text; nothing may throw.
 */
class ErrorCorpusTest {
    private static final Pattern EXPECT = Pattern.compile("# expect: (\\d+):(\\d+): (.+)");

    static Path folder() throws URISyntaxException {
        return Path.of(ErrorCorpusTest.class.getResource("/errors").toURI());
    }

    static Stream<Path> files() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.toString().endsWith(".bsl")).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusCoversEveryKindOfError() throws Exception {
        List<String> names = files().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.size() >= 60, "at least 60 broken files (issue 6), got " + names.size());
        for (String prefix : List.of("lex-", "struct-", "unknown-", "undeclared-", "unit-", "range-", "dist-",
                "rule-", "study-")) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith(prefix)), "no golden file for " + prefix);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reportsTheExpectedErrorAtItsPosition(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = EXPECT.matcher(text.lines().findFirst().orElse(""));
        assertTrue(m.matches(), "first line must be '# expect: LINE:COL: text' in " + file);
        int line = Integer.parseInt(m.group(1));
        int column = Integer.parseInt(m.group(2));
        String expected = m.group(3);

        ParseResult r = ScenarioParser.parseFile(file);
        assertFalse(r.ok(), "should not parse: " + file.getFileName());
        Diagnostic first = r.errors().get(0);
        String full = first.message() + first.hint().map(h -> "; " + h).orElse("");
        if (first.line() != line || first.column() != column || !full.contains(expected)) {
            fail("expected " + line + ":" + column + ": ..." + expected + "...\nbut got:\n" + r.formatErrors());
        }
        assertTrue(first.file().equals(file.toString()), "file name as given");
    }
}
