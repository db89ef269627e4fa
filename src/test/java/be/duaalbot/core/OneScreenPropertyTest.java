package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is asked, in any text up to 10,000 characters, what a chat shows fits one screen and cites the same source. */
class OneScreenPropertyTest {
    private static final OneScreen ONE_SCREEN = new OneScreen(Bots.BOT);
    private static final String[] BROAD = {"per sector", "per provincie", "erkenningen en overeenkomsten", "top 20", "groei",
        "2019-2020 tot 2022-2023", "aandeel", "vergelijk", "Limburg", "horeca", "bouw", "waarom", "en waarom", "daalden", "why",
        "2020-2021", "textiel"};

    @Property
    void anyQuestionFitsOneScreen(@ForAll("questions") String question) {
        Reply reply = ONE_SCREEN.reply(Bots.BOT.answer(question));
        assertTrue(OneScreen.fits(reply.shown()), reply.shown().text());
        assertTrue(reply.shown().footnotes().size() <= 1, reply.shown().text());
        assertEquals(reply.full().source(), reply.shown().source());
    }

    /** Broad questions made of the words that make answers long, and any Unicode. */
    @Provide
    Arbitrary<String> questions() {
        Arbitrary<String> broad = Arbitraries.of(BROAD).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(broad, Arbitraries.strings().all().ofMaxLength(10_000));
    }
}
