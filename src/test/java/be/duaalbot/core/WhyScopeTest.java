package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Direction;
import be.duaalbot.data.Intent;
import be.duaalbot.data.Language;
import be.duaalbot.data.Scope;
import be.duaalbot.data.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 23: for every passage with a declared scope, read from the data, a question inside the
 * scope gets its why line (under the figure, or, for a passage that restates a footnote, when asked
 * why), in Dutch and in English; a question outside it gets that line neither under its figures nor
 * after "waarom?". What "inside" means is worked out here from the scope and the cells, on its own.
 */
class WhyScopeTest {
    private static final Dataset DATA = Bots.DATA;
    private static final int OUTSIDE_TRIED = 40;

    @TestFactory
    Stream<DynamicTest> everyScopeHasItsWhyInsideAndNotOutside() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Topic topic : DATA.topics()) {
            for (int i = 0; i < topic.scopes().size(); i++) {
                Scope scope = topic.scopes().get(i);
                tests.add(DynamicTest.dynamicTest(topic.id() + " scopes[" + i + "] inside", () -> inside(scope)));
                tests.add(DynamicTest.dynamicTest(topic.id() + " scopes[" + i + "] outside", () -> outside(scope)));
            }
        }
        assertFalse(tests.isEmpty(), "no passage declares a scope");
        return tests.stream();
    }

    private static void inside(Scope scope) {
        Intent kind = kind(scope);
        for (String[] cell : WhyCases.cells(DATA)) {
            Optional<String> q = question(cell, kind, Language.NL);
            if (q.isEmpty()) {
                continue;
            }
            Answer a = Bots.BOT.answer(q.get());
            if (a.figures().stream().noneMatch(f -> covers(scope, f, kind))) {
                continue;
            }
            if (says(whyOf(a, q.get(), scope), scope, Language.NL)) {
                if (kind == Intent.LOOKUP) {
                    String en = question(cell, kind, Language.EN).orElseThrow();
                    Answer english = Bots.BOT.answer(en);
                    assertTrue(says(whyOf(english, en, scope), scope, Language.EN), en + ":\n" + english.text());
                }
                return;
            }
        }
        throw new AssertionError("no question inside the scope gets its line: " + scope.line().nl());
    }

    private static void outside(Scope scope) {
        Intent kind = kind(scope);
        int tried = 0;
        for (String[] cell : WhyCases.cells(DATA)) {
            String q = WhyCases.question(DATA, cell, Language.NL); // a plain look-up: outside any scope that names a kind
            Answer a = Bots.BOT.answer(q);
            if (a.figures().stream().anyMatch(f -> covers(scope, f, Intent.LOOKUP))) {
                continue;
            }
            assertFalse(says(a.why(), scope, Language.NL), () -> q + " is outside, but:\n" + a.text());
            List<String> asked = whyOnly(q);
            assertFalse(says(asked, scope, Language.NL), () -> q + " then waarom? is outside, but:\n" + asked);
            if (++tried == OUTSIDE_TRIED) {
                return;
            }
        }
        assertTrue(tried > 0 || kind != Intent.LOOKUP, "every look-up is inside: " + scope.line().nl());
    }

    /** The why a figure answer shows: its line, or for a passage restating a footnote, what "waarom?" gives. */
    private static List<String> whyOf(Answer a, String q, Scope scope) {
        return scope.restatesFootnote() ? whyOnly(q) : a.why();
    }

    private static List<String> whyOnly(String q) {
        Conversation c = new Conversation();
        Bots.BOT.answer(q, c);
        return Bots.BOT.answer(WhyCases.why(Bots.BOT, Language.NL), c).body();
    }

    private static boolean says(List<String> lines, Scope scope, Language language) {
        String line = scope.line().in(language);
        return lines.stream().anyMatch(l -> l.contains(line.substring(1))); // "Voor Textiel: volgens de minister ..."
    }

    /** The kind of question to ask: the scope's own (a conversion rate, a sum, a share), else a look-up. */
    private static Intent kind(Scope scope) {
        for (Intent kind : List.of(Intent.CONVERSION, Intent.SUM, Intent.SHARE)) {
            if (scope.kinds().contains(kind)) {
                return kind;
            }
        }
        assertTrue(scope.kinds().isEmpty(), "no question of the kinds " + scope.kinds() + " in this test");
        return Intent.LOOKUP;
    }

    private static Optional<String> question(String[] cell, Intent kind, Language language) {
        String member = cell[1];
        String year = cell[2];
        String measure = DATA.measures().get(cell[0]).name().in(language);
        if (kind == Intent.LOOKUP) {
            return Optional.of(WhyCases.question(DATA, cell, language));
        }
        if (DATA.isTotal(member)) {
            return Optional.empty();
        }
        return switch (kind) {
            case CONVERSION -> Optional.of("hoeveel procent van de erkende bedrijven in " + member + " had een overeenkomst in " + year);
            case SHARE -> Optional.of("aandeel " + member + " in de " + measure + " " + year);
            default -> DATA.membersOf(DATA.breakdownOf(member).orElseThrow()).stream()
                    .filter(m -> !m.equals(member) && !DATA.isTotal(m)).findFirst()
                    .map(other -> member + " en " + other + " samen " + measure + " " + year);
        };
    }

    /** Whether a figure of an answer of this kind is one the scope speaks about: its own reading of the scope. */
    private static boolean covers(Scope s, Figure f, Intent kind) {
        List<String> years = DATA.schoolYears();
        boolean members = s.members().contains(f.member()) || s.breakdowns().contains(f.breakdown())
                || s.groups().stream().anyMatch(g -> DATA.groups().get(g).members().contains(f.member()))
                || s.members().isEmpty() && s.groups().isEmpty() && s.breakdowns().isEmpty();
        boolean year = s.years().contains(f.schoolYear()) || s.years().isEmpty() && (s.fromYear().isEmpty()
                || years.indexOf(f.schoolYear()) >= years.indexOf(s.fromYear()));
        return (s.measures().isEmpty() || s.measures().contains(f.measure())) && members && year
                && (s.kinds().isEmpty() || s.kinds().contains(kind)) && moved(s.direction(), f);
    }

    private static boolean moved(Direction direction, Figure f) {
        if (direction == Direction.ANY) {
            return true;
        }
        int at = DATA.schoolYears().indexOf(f.schoolYear());
        if (at == 0) {
            return false;
        }
        int before = Bots.cell(f.measure(), f.member(), DATA.schoolYears().get(at - 1)).orElse(f.value());
        return direction == Direction.RISE ? f.value() > before : f.value() < before;
    }
}
