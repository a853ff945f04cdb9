package dev.backstop.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser of SPEC §2: one method per grammar rule, tokens in, an {@link Ast.File}
 * out. Each setting's value is read by the grammar of its key ({@link Grammar}); an error inside a
 * setting is reported through {@link Diagnostics} and reading resumes at the next setting (the end
 * of the line, or the {@code }} of the block), so all errors of a file come out at once.
 * Unknown blocks are skipped with a counter, not recursion, so no nesting depth can overflow the
 * stack. Not thread-safe (one instance per text).
 */
final class Parser {
    /** Blocks nest at most three levels (scenario, backstop, rewards); past this, nesting is reported. */
    static final int MAX_DEPTH = 8;

    private static final Set<String> NON_FINITE = Set.of("nan", "inf", "infinity");
    private static final List<String> RATE_WORDS = List.of("yr", "year", "day");

    private final List<Token> tokens;
    private final Diagnostics diagnostics;
    private int pos;

    Parser(List<Token> tokens, Diagnostics diagnostics) {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    // ---------------------------------------------------------------- file

    /** {@code file := scenario-block study*}. The scenario part is null when there is none to read. */
    Ast.File file() {
        skipNewlines();
        Token keyword = peek();
        Ast.File header = null;
        if (!keyword.is("scenario")) {
            String hint = keyword.is(TokenKind.IDENT) ? Suggestions.hint(keyword.text(), List.of("scenario")) : null;
            if (!keyword.is(TokenKind.ERROR)) {
                diagnostics.error(keyword, "a scenario file starts with 'scenario \"name\" {', got " + keyword.describe(),
                        hint);
            }
            if (hint == null || !peek(1).is(TokenKind.STRING)) {
                // look for the scenario block further down
                while (!peek().is(TokenKind.EOF) && !peek().is("scenario")) {
                    next();
                }
                if (peek().is(TokenKind.EOF)) {
                    return new Ast.File(keyword, null, null, List.of());
                }
            }
        }
        keyword = next();
        Token name = null;
        Ast.Block block = null;
        boolean brokenName = peek().is(TokenKind.ERROR);
        if (peek().is(TokenKind.STRING)) {
            name = next();
        } else if (!brokenName) {
            diagnostics.error(peek(), "expected the scenario's name in double quotes after 'scenario'",
                    "write scenario \"My protocol\" {");
        }
        // resume at the block's brace if it is on this line
        while (!peek().is(TokenKind.LBRACE) && !peek().is(TokenKind.NEWLINE) && !peek().is(TokenKind.EOF)) {
            next();
        }
        if (peek().is(TokenKind.LBRACE)) {
            Token open = next();
            block = blockBody(keyword, null, Grammar.SCENARIO, open, 1);
        } else if (brokenName) {
            // an unterminated name swallowed the brace: read the block anyway to find the other errors
            block = blockBody(keyword, null, Grammar.SCENARIO, keyword, 1);
        } else {
            diagnostics.error(peek(), "expected '{' after the scenario's name, got " + peek().describe(), null);
            synchronizeStatement();
        }
        List<Object> studies = new ArrayList<>();
        while (true) {
            skipNewlines();
            Token t = peek();
            if (t.is(TokenKind.EOF)) {
                break;
            }
            try {
                if (t.is("sweep")) {
                    studies.add(sweep());
                } else if (t.is("size")) {
                    studies.add(size());
                } else if (t.is("scenario")) {
                    throw new LangError(t, "a file holds one scenario block; this is a second one",
                            "put each scenario in its own file");
                } else if (t.is(TokenKind.ERROR)) {
                    throw silent(t);
                } else if (t.is(TokenKind.IDENT)) {
                    throw new LangError(t, "unknown statement '" + t.text() + "' after the scenario block; expected sweep or size",
                            Suggestions.hint(t.text(), Grammar.STATEMENTS));
                } else {
                    throw new LangError(t, "unexpected " + t.describe() + " after the scenario block; expected sweep or size");
                }
                endOfStatement();
            } catch (LangError e) {
                diagnostics.report(e);
                synchronizeStatement();
            }
        }
        return new Ast.File(keyword, name, block, studies);
    }

    // ---------------------------------------------------------------- blocks and settings

    /** {@code block-body := (setting NEWLINE?)* '}'}, after the opening brace. */
    private Ast.Block blockBody(Token key, Token name, String kind, Token open, int depth) {
        Map<String, Grammar.Shape> shapes = Grammar.BLOCKS.get(kind);
        List<Ast.Setting> settings = new ArrayList<>();
        Set<String> broken = new java.util.HashSet<>();
        String where = name == null ? (kind.equals(Grammar.SCENARIO) ? "the scenario block" : kind)
                : kind + " " + name.text();
        while (true) {
            Token t = peek();
            if (t.is(TokenKind.NEWLINE)) {
                next();
                continue;
            }
            if (t.is(TokenKind.RBRACE)) {
                next();
                return new Ast.Block(key, name, settings, broken);
            }
            if (t.is(TokenKind.EOF)) {
                diagnostics.error(open, "'{' of " + where + " is never closed", "add '}' at the end of the block");
                return new Ast.Block(key, name, settings, broken);
            }
            try {
                if (t.is(TokenKind.ERROR)) {
                    throw silent(t);
                }
                if (!t.is(TokenKind.IDENT)) {
                    throw new LangError(t, "expected a setting in " + where + ", got " + t.describe());
                }
                Grammar.Shape shape = shapes.get(t.text());
                if (shape == null) {
                    throw unknownSetting(t, kind, where, shapes.keySet());
                }
                broken.add(t.text());
                settings.add(setting(next(), kind, shape, depth));
                endOfSetting(settings.get(settings.size() - 1).key());
                broken.remove(t.text());
            } catch (LangError e) {
                diagnostics.report(e);
                synchronizeSetting(depth);
            }
        }
    }

    private LangError unknownSetting(Token t, String kind, String where, Collection<String> keys) {
        String hint = Suggestions.hint(t.text(), keys);
        if (hint == null) {
            // a setting of another block written in the wrong place?
            for (Map.Entry<String, Map<String, Grammar.Shape>> b : Grammar.BLOCKS.entrySet()) {
                if (!b.getKey().equals(kind) && b.getValue().containsKey(t.text())) {
                    hint = "'" + t.text() + "' is a setting of " + (b.getKey().equals(Grammar.SCENARIO)
                            ? "the scenario block" : b.getKey());
                    break;
                }
            }
        }
        return new LangError(t, "unknown setting '" + t.text() + "' in " + where, hint);
    }

    /** One setting's value, read by the grammar of its key. */
    private Ast.Setting setting(Token key, String kind, Grammar.Shape shape, int depth) {
        Set<String> keys = Grammar.BLOCKS.get(kind).keySet();
        switch (shape) {
            case QUANTITY:
                return new Ast.Setting(key, quantity(key.text(), keys), null, null, null, null, null, false, null);
            case QUANTITY_OF: {
                Ast.Quantity q = quantity(key.text(), keys);
                Token of = null;
                if (peek().is("of")) {
                    next();
                    of = word("after 'of'");
                }
                return new Ast.Setting(key, q, of, null, null, null, null, false, null);
            }
            case FOLLOWS: {
                Token asset = name("the asset that " + key.text() + " names");
                Ast.Quantity beta = null;
                if (peek().is("beta")) {
                    next();
                    beta = quantity("beta", keys);
                }
                return new Ast.Setting(key, null, null, asset, null, beta, null, false, null);
            }
            case ON_CRASH: {
                Token asset = name("the asset whose crashes trigger losses");
                return new Ast.Setting(key, quantity(key.text(), keys), null, asset, null, null, null, false, null);
            }
            case CORRELATION: {
                Token a = name("two asset symbols after 'correlation'");
                Token b = name("two asset symbols after 'correlation'");
                return new Ast.Setting(key, quantity(key.text(), keys), null, a, b, null, null, false, null);
            }
            case DIST:
                return new Ast.Setting(key, null, null, null, null, null, distribution(), false, null);
            case SEVERITY: {
                boolean fraction = false;
                if (peek().is("fraction")) {
                    next();
                    fraction = true;
                }
                Ast.Dist d = distribution();
                Token of = null;
                if (peek().is("of")) {
                    next();
                    of = word("after 'of'");
                }
                return new Ast.Setting(key, null, of, null, null, null, d, fraction, null);
            }
            case EMISSIONS: {
                Ast.Quantity rate = quantity(key.text(), keys);
                Ast.Quantity target = null;
                if (peek().is("target")) {
                    next();
                    target = quantity("target", keys);
                }
                return new Ast.Setting(key, rate, null, null, null, target, null, false, null);
            }
            case WORD:
                return new Ast.Setting(key, null, null, name("a word after '" + key.text() + "'"), null, null, null,
                        false, null);
            case STRING: {
                if (!peek().is(TokenKind.STRING)) {
                    throw peek().is(TokenKind.ERROR) ? silent(peek())
                            : new LangError(peek(), "expected a string in double quotes after '" + key.text() + "'",
                                    "write " + key.text() + " \"...\"");
                }
                return new Ast.Setting(key, null, null, next(), null, null, null, false, null);
            }
            case BLOCK: {
                Token open = openBrace(key, "'{' after '" + key.text() + "'");
                return Ast.Setting.ofBlock(key, nested(key, null, key.text(), open, depth));
            }
            case NAMED_BLOCK: {
                Token name = name("a name after '" + key.text() + "'");
                Token open = openBrace(name, "'{' after '" + key.text() + " " + name.text() + "'");
                return Ast.Setting.ofBlock(key, nested(key, name, key.text(), open, depth));
            }
            default:
                throw new IllegalStateException("unhandled shape " + shape);
        }
    }

    /**
     * The '{' of a block. If it is missing, that is reported and the block is read as if it were
     * there: the settings that follow most likely belong to it.
     */
    private Token openBrace(Token after, String what) {
        Token t = peek();
        if (t.is(TokenKind.LBRACE)) {
            return next();
        }
        if (!t.is(TokenKind.ERROR)) {
            diagnostics.error(t, "expected " + what + ", got " + t.describe(), null);
        }
        return after;
    }

    private Ast.Block nested(Token key, Token name, String kind, Token open, int depth) {
        if (depth + 1 > MAX_DEPTH) {
            throw new LangError(open, "blocks are nested too deeply");
        }
        return blockBody(key, name, kind, open, depth + 1);
    }

    /** After a setting: the end of the line, the end of the block, or the next setting on the same line. */
    private void endOfSetting(Token key) {
        Token t = peek();
        if (t.is(TokenKind.NEWLINE) || t.is(TokenKind.RBRACE) || t.is(TokenKind.EOF) || t.is(TokenKind.IDENT)) {
            return;
        }
        if (t.is(TokenKind.ERROR)) {
            throw silent(t);
        }
        throw new LangError(t, "unexpected " + t.describe() + " after the value of '" + key.text() + "'",
                "write one setting per line");
    }

    private void endOfStatement() {
        Token t = peek();
        if (t.is(TokenKind.NEWLINE) || t.is(TokenKind.EOF)) {
            return;
        }
        throw t.is(TokenKind.ERROR) ? silent(t)
                : new LangError(t, "unexpected " + t.describe() + " at the end of the statement");
    }

    // ---------------------------------------------------------------- values

    /** {@code quantity := NUMBER ['%'] [unit] ['/' (yr|year|day)]}; a word that is a key of the block is not a unit. */
    private Ast.Quantity quantity(String what, Set<String> keys) {
        Token t = peek();
        if (!t.is(TokenKind.NUMBER)) {
            if (t.is(TokenKind.ERROR)) {
                throw silent(t);
            }
            if (t.is(TokenKind.IDENT) && NON_FINITE.contains(t.text().toLowerCase(Locale.ROOT))) {
                throw new LangError(t, what + " must be a finite number, not " + t.text());
            }
            throw new LangError(t, "expected a number for '" + what + "', got " + t.describe());
        }
        next();
        Token percent = peek().is(TokenKind.PERCENT) ? next() : null;
        Token unit = null;
        Token u = peek();
        if (u.is(TokenKind.IDENT) && !keys.contains(u.text()) && !Grammar.VALUE_WORDS.contains(u.text())) {
            if (NON_FINITE.contains(u.text().toLowerCase(Locale.ROOT))) {
                throw new LangError(u, what + " must be a finite number, not " + u.text());
            }
            unit = next();
        }
        Token per = null;
        if (peek().is(TokenKind.SLASH)) {
            next();
            per = peek();
            if (!per.is(TokenKind.IDENT)) {
                throw new LangError(per, "expected yr or day after '/'", "write e.g. 2/yr or 400 AAVE/day");
            }
            if (!RATE_WORDS.contains(per.text()) && !per.text().equals("days")) {
                String hint = Suggestions.hint(per.text(), RATE_WORDS);
                throw new LangError(per, "unknown rate unit '/" + per.text() + "'; rates are per yr or per day",
                        hint != null ? hint : "write /yr or /day");
            }
            next();
        }
        return new Ast.Quantity(t, percent, unit, per);
    }

    /** {@code dist := NAME '(' [argument (',' argument)*] ')'}. */
    private Ast.Dist distribution() {
        Token kind = peek();
        if (!kind.is(TokenKind.IDENT)) {
            throw kind.is(TokenKind.ERROR) ? silent(kind)
                    : new LangError(kind, "expected a distribution such as uniform(15%, 40%), got " + kind.describe());
        }
        if (!Grammar.DISTRIBUTIONS.contains(kind.text())) {
            String hint = Suggestions.hint(kind.text(), Grammar.DISTRIBUTIONS);
            throw new LangError(kind, "unknown distribution '" + kind.text() + "'",
                    hint != null ? hint : "known: " + String.join(", ", Grammar.DISTRIBUTIONS));
        }
        next();
        expect(TokenKind.LPAREN, "'(' after '" + kind.text() + "'");
        List<Ast.Argument> args = new ArrayList<>();
        if (!peek().is(TokenKind.RPAREN)) {
            while (true) {
                args.add(argument(kind));
                Token t = peek();
                if (t.is(TokenKind.COMMA)) {
                    next();
                } else if (t.is(TokenKind.RPAREN)) {
                    break;
                } else {
                    throw t.is(TokenKind.ERROR) ? silent(t)
                            : new LangError(t, "expected ',' or ')' in " + kind.text() + "(...), got " + t.describe());
                }
            }
        }
        Token close = next();
        return new Ast.Dist(kind, args, close);
    }

    private Ast.Argument argument(Token kind) {
        Token start = peek();
        Token name = null;
        if (start.is(TokenKind.IDENT) && peek(1).is(TokenKind.COLON)) {
            name = next();
            next();
        }
        if (peek().is(TokenKind.STRING)) {
            return new Ast.Argument(name, null, next(), start);
        }
        return new Ast.Argument(name, quantity(kind.text() + " argument", Set.of()), null, start);
    }

    /** An identifier (asset symbol, keyword, name). */
    /**
     * A name: an asset symbol, a loss source, a keyword value. The lexer reads {@code a.b} as one
     * word for parameter paths; in a name the point is an error here, not a model failure later.
     */
    private Token name(String what) {
        Token t = word(what);
        if (t.text().indexOf('.') >= 0) {
            throw new LangError(t, "'" + t.text() + "' is not a name: names are written with letters, digits and _, "
                    + "without '.'");
        }
        return t;
    }

    private Token word(String what) {
        Token t = peek();
        if (t.is(TokenKind.IDENT)) {
            return next();
        }
        throw t.is(TokenKind.ERROR) ? silent(t) : new LangError(t, "expected " + what + ", got " + t.describe());
    }

    // ---------------------------------------------------------------- studies

    /** {@code sweep PATH from Q to Q steps N [log]}. */
    private Ast.SweepStatement sweep() {
        Token keyword = next();
        Token path = word("a parameter path such as backstop.stake after 'sweep'");
        keyword("from", "sweep " + path.text() + " from A to B steps K");
        Ast.Quantity from = quantity("from", Set.of());
        keyword("to", "sweep " + path.text() + " from A to B steps K");
        Ast.Quantity to = quantity("to", Set.of());
        keyword("steps", "sweep " + path.text() + " from A to B steps K");
        Token steps = peek();
        if (!steps.is(TokenKind.NUMBER)) {
            throw steps.is(TokenKind.ERROR) ? silent(steps)
                    : new LangError(steps, "expected the number of steps, got " + steps.describe());
        }
        next();
        Token log = null;
        if (peek().is("log")) {
            log = next();
        }
        return new Ast.SweepStatement(keyword, path, from, to, steps, log);
    }

    /** {@code size PATH for METRIC (<=|>=) Q between Q and Q}. */
    private Ast.SizeStatement size() {
        Token keyword = next();
        String form = "size PARAM for METRIC <= X between A and B";
        Token path = word("a parameter path such as backstop.stake after 'size'");
        keyword("for", form);
        Token metric = word("a metric such as p_shortfall after 'for'");
        Token op = peek();
        if (!op.is(TokenKind.LE) && !op.is(TokenKind.GE)) {
            throw op.is(TokenKind.ERROR) ? silent(op)
                    : new LangError(op, "expected <= or >= after the metric, got " + op.describe(), "write " + form);
        }
        next();
        Ast.Quantity target = quantity("the target", Set.of());
        keyword("between", form);
        Ast.Quantity lo = quantity("between", Set.of());
        keyword("and", form);
        Ast.Quantity hi = quantity("and", Set.of());
        return new Ast.SizeStatement(keyword, path, metric, op, target, lo, hi);
    }

    private void keyword(String word, String form) {
        Token t = peek();
        if (t.is(word)) {
            next();
            return;
        }
        if (t.is(TokenKind.ERROR)) {
            throw silent(t);
        }
        throw new LangError(t, "expected '" + word + "', got " + t.describe(), "write " + form);
    }

    // ---------------------------------------------------------------- recovery

    /**
     * Skips the rest of a broken setting: to the end of its line, or to the {@code }} that closes
     * the current block (not consumed), passing over whole nested blocks. A counter tracks nesting,
     * so even thousands of '{' cannot overflow the stack.
     */
    private void synchronizeSetting(int depth) {
        int nesting = 0;
        boolean reported = false;
        while (true) {
            Token t = peek();
            switch (t.kind()) {
                case EOF:
                    return;
                case NEWLINE:
                    if (nesting == 0) {
                        next();
                        return;
                    }
                    break;
                case LBRACE:
                    nesting++;
                    if (depth + nesting > MAX_DEPTH && !reported) {
                        diagnostics.error(t, "blocks are nested too deeply (more than " + MAX_DEPTH + " levels)");
                        reported = true;
                    }
                    break;
                case RBRACE:
                    if (nesting == 0) {
                        return;
                    }
                    nesting--;
                    break;
                default:
                    break;
            }
            next();
        }
    }

    /** Skips a broken statement after the scenario block: to the next line that starts with a statement word. */
    private void synchronizeStatement() {
        int nesting = 0;
        while (!peek().is(TokenKind.EOF)) {
            Token t = next();
            if (t.is(TokenKind.LBRACE)) {
                nesting++;
            } else if (t.is(TokenKind.RBRACE)) {
                nesting = Math.max(0, nesting - 1);
            } else if (t.is(TokenKind.NEWLINE) && nesting == 0
                    && (peek().is("sweep") || peek().is("size") || peek().is(TokenKind.EOF))) {
                return;
            }
        }
    }

    // ---------------------------------------------------------------- for command-line values (Values)

    /** A quantity on its own, as in {@code --from 500k}. */
    Ast.Quantity value(String what) {
        return quantity(what, Set.of());
    }

    /** The current token, consumed. */
    Token take() {
        return next();
    }

    /** The current token, not consumed. */
    Token look() {
        return peek();
    }

    // ---------------------------------------------------------------- tokens

    private static LangError silent(Token t) {
        return new LangError(t, null);
    }

    private Token expect(TokenKind kind, String what) {
        Token t = peek();
        if (t.is(kind)) {
            return next();
        }
        throw t.is(TokenKind.ERROR) ? silent(t) : new LangError(t, "expected " + what + ", got " + t.describe());
    }

    private void skipNewlines() {
        while (peek().is(TokenKind.NEWLINE)) {
            next();
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }
}
