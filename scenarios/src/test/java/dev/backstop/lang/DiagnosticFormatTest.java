package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §2 "Errors": the exact format, and all errors of a file at once, in order. */
class DiagnosticFormatTest {

    @Test
    void formatIsFileLineColumnMessageThenSourceLineThenCaret() {
        String text = "scenario \"x\" {\n  protocol { tvl 1B USD }\n  backstop { stake 5% }\n}\n";
        ParseResult r = ScenarioParser.parse("f.bsl", text, null);
        assertEquals(1, r.errors().size(), r::formatErrors);
        assertEquals("""
                f.bsl:3:20: error: stake is an amount in USD, not a percentage; write an amount such as 5 USD
                  backstop { stake 5% }
                                   ^""", r.formatErrors());
    }

    @Test
    void caretKeepsTabsSoItLinesUp() {
        String text = "scenario \"x\" {\n\tprotocol { tvl 1B USD }\n\tbackstop {\tstake 5% }\n}\n";
        Diagnostic d = ScenarioParser.parse("f.bsl", text, null).errors().get(0);
        assertEquals(3, d.line());
        assertEquals(19, d.column());
        assertEquals("\tbackstop {\tstake 5% }\n\t          \t      ^", d.format().substring(d.format().indexOf('\n') + 1));
    }

    @Test
    void threeDifferentErrorsAreAllReportedInOrder() {
        String text = """
                scenario "three" {
                  market { asset ETH { price 3000 USD  volatilty 70%/yr } }
                  protocol { tvl 1B USD  follows BTC }
                  backstop { stake -5 USD }
                }
                """;
        ParseResult r = ScenarioParser.parse("three.bsl", text, null);
        List<Diagnostic> e = r.errors();
        assertEquals(3, e.size(), r::formatErrors);
        assertEquals(List.of(2, 3, 4), e.stream().map(Diagnostic::line).toList());
        assertTrue(e.get(0).message().contains("unknown setting 'volatilty' in asset ETH"));
        assertEquals("did you mean 'volatility'?", e.get(0).hint().orElseThrow());
        assertTrue(e.get(1).message().contains("undeclared asset 'BTC'"));
        assertTrue(e.get(2).message().contains("stake must not be negative"));
        assertEquals(20, e.get(2).column());
    }

    /** Studies are checked against the scenario, so only once it is valid; lexer and checker errors merge by position. */
    @Test
    void lexerAndCheckerErrorsAreMergedByPosition() {
        String text = """
                scenario "mixed" {
                  protocol { tvl 1B USD ; }
                  backstop { stake 1M USD  max_slash 130% }
                }
                sweep backstop.stak from 1 to 2 steps 2
                """;
        ParseResult r = ScenarioParser.parse("m.bsl", text, null);
        List<String> where = r.errors().stream().map(d -> d.line() + ":" + d.column()).toList();
        assertEquals(List.of("2:25", "3:38"), where, r::formatErrors);
    }

    @Test
    void atMostTwentyErrorsAreReported() {
        StringBuilder sb = new StringBuilder("scenario \"many\" {\n  protocol { tvl 1B USD }\n  backstop { stake 1 USD }\n");
        for (int i = 0; i < 100; i++) {
            sb.append("  nonsense").append(i).append(" 1\n");
        }
        sb.append("}\n");
        ParseResult r = ScenarioParser.parse("many.bsl", sb.toString(), null);
        assertEquals(20, r.errors().size());
        assertEquals(4, r.errors().get(0).line());
        assertEquals(23, r.errors().get(19).line());
        assertFalse(r.ok());
    }

    @Test
    void orThrowCarriesAllMessages() {
        ParseResult r = ScenarioParser.parse("x.bsl", "scenario \"x\" { }", null);
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, r::orThrow);
        assertEquals(2, e.errors().size());
        assertTrue(e.getMessage().contains("needs a protocol block"));
        assertTrue(e.getMessage().contains("needs a backstop block"));
    }
}
