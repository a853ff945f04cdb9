package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexer: numbers read exactly, positions in characters, line ends of every kind. */
class LexerTest {

    private static List<Token> lex(String text) {
        Diagnostics d = new Diagnostics("t", text);
        List<Token> tokens = Lexer.tokenize(text, d);
        assertFalse(d.hasErrors(), () -> d.sorted().toString());
        return tokens;
    }

    @Test
    void numbersAreReadExactlyWithSuffixes() {
        assertEquals(new BigDecimal("3000000"), lex("3M").get(0).number().stripTrailingZeros().setScale(0));
        assertEquals(0, new BigDecimal("1000000").compareTo(lex("1_000_000").get(0).number()));
        assertEquals(0, new BigDecimal("1000000").compareTo(lex("1e6").get(0).number()));
        assertEquals(0, new BigDecimal("100000").compareTo(lex("100k").get(0).number()));
        assertEquals(0, new BigDecimal("2500000000").compareTo(lex("2.5B").get(0).number()));
        assertEquals(0, new BigDecimal("-0.000001").compareTo(lex("-1e-6").get(0).number()));
        assertEquals(0, new BigDecimal("0.30000000000000004").compareTo(lex("0.30000000000000004").get(0).number()));
    }

    @Test
    void kindsOfTokens() {
        List<TokenKind> kinds = lex("a.b { 12% / yr } ( , : ) <= >= ± +- \"s\"").stream().map(Token::kind).toList();
        assertEquals(List.of(TokenKind.IDENT, TokenKind.LBRACE, TokenKind.NUMBER, TokenKind.PERCENT, TokenKind.SLASH,
                TokenKind.IDENT, TokenKind.RBRACE, TokenKind.LPAREN, TokenKind.COMMA, TokenKind.COLON, TokenKind.RPAREN,
                TokenKind.LE, TokenKind.GE, TokenKind.PLUS_MINUS, TokenKind.PLUS_MINUS, TokenKind.STRING, TokenKind.EOF), kinds);
    }

    @Test
    void crlfLoneCrTabsBomAndUnicodeKeepPositionsInCharacters() {
        List<Token> t = lex("\uFEFFa\r\nb\rc\n\t# ü😀 comment\n\"ü😀\" x");
        assertEquals("a", t.get(0).text());
        assertEquals(1, t.get(0).column());
        assertEquals(2, t.get(2).line());
        assertEquals(3, t.get(4).line());
        Token string = t.stream().filter(k -> k.is(TokenKind.STRING)).findFirst().orElseThrow();
        assertEquals("ü😀", string.text());
        assertEquals(5, string.line());
        Token x = t.get(t.size() - 2);
        assertEquals("x", x.text());
        assertEquals(6, x.column(), "an emoji is one character");
    }

    @Test
    void stringEscapes() {
        assertEquals("say \"hi\" \\ ok", lex("\"say \\\"hi\\\" \\\\ ok\"").get(0).text());
    }

    @Test
    void lexicalErrorsAreReportedOnceAndLeaveAnErrorToken() {
        Diagnostics d = new Diagnostics("t", "a ;; b \"open\nc 3x 1__0 4.");
        List<Token> t = Lexer.tokenize("a ;; b \"open\nc 3x 1__0 4.", d);
        List<Diagnostic> e = d.sorted();
        assertEquals(5, e.size(), e::toString);
        assertTrue(e.get(0).message().contains("unexpected characters ';;'"));
        assertTrue(e.get(1).message().contains("unterminated string"));
        assertTrue(e.get(2).message().contains("space before its unit"));
        assertTrue(t.stream().anyMatch(k -> k.is(TokenKind.ERROR)));
    }
}
