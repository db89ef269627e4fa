package be.duaalbot.core;

import be.duaalbot.answer.Answer;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Questions for the why dialogues of every channel, found in the loaded data by asking the bot,
 * so that no test pins which figures the minister explains: a look-up that carries a why line, one
 * for whose figure he gives no reason, and a question asking which members fell and why.
 */
public final class WhyCases {
    /** A Dutch look-up, its figure as the reply writes it, and the why line it carries (empty when none). */
    public record LookUp(String question, String figure, String why) { }

    private WhyCases() {
    }

    /** Look-ups of every measure with a table, member and year, the Flemish total first. */
    static List<String[]> cells(Dataset data) {
        List<String[]> out = new ArrayList<>();
        for (String measure : data.measuresWithTables()) {
            List<String> members = new ArrayList<>();
            data.tablesOf(measure).forEach(t -> t.rows().forEach(r -> {
                if (!members.contains(r.label())) {
                    members.add(data.isTotal(r.label()) ? 0 : members.size(), r.label());
                }
            }));
            for (String member : members) {
                for (String year : data.schoolYears()) {
                    if (data.tableWith(measure, member).map(t -> t.value(member, year).isPresent()).orElse(false)) {
                        out.add(new String[] {measure, member, year});
                    }
                }
            }
        }
        return out;
    }

    /** The Dutch look-up of one cell: "erkenningen 2019-2020" for the total, "overeenkomsten Horeca 2020-2021" for a row. */
    static String question(Dataset data, String[] cell, Language language) {
        String measure = data.measures().get(cell[0]).name().in(language);
        return data.isTotal(cell[1]) ? measure + " " + cell[2] : measure + " " + cell[1] + " " + cell[2];
    }

    /** The first look-up that carries a why line. */
    public static LookUp explained(DuaalBot bot) {
        return find(bot, true);
    }

    /** The first look-up of a row for whose figure the minister gives no reason. */
    public static LookUp unexplained(DuaalBot bot) {
        return find(bot, false);
    }

    private static LookUp find(DuaalBot bot, boolean explained) {
        Dataset data = bot.data();
        for (String[] cell : cells(data)) {
            if (!explained && data.isTotal(cell[1])) {
                continue;
            }
            String q = question(data, cell, Language.NL);
            Answer a = bot.answer(q);
            if (a.figures().size() == 1 && a.why().isEmpty() != explained) {
                String figure = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-BE")).format(a.figures().get(0).value());
                if (explained || bot.answer(why(bot, Language.NL), conversationAfter(bot, q)).text().contains(none(bot, Language.NL))) {
                    return new LookUp(q, figure, explained ? a.why().get(0) : "");
                }
            }
        }
        throw new AssertionError("no look-up " + (explained ? "with" : "without") + " a why in the data");
    }

    private static Conversation conversationAfter(DuaalBot bot, String question) {
        Conversation c = new Conversation();
        bot.answer(question, c);
        return c;
    }

    /** "In welke sector daalden de overeenkomsten in Y en waarom": the first breakdown, measure and year where some member fell. */
    public static String compound(DuaalBot bot) {
        Dataset data = bot.data();
        for (String measure : data.measuresWithTables()) {
            for (var t : data.tablesOf(measure)) {
                for (int i = 1; i < t.schoolYears().size(); i++) {
                    String before = t.schoolYears().get(i - 1);
                    String year = t.schoolYears().get(i);
                    boolean fell = t.rows().stream().anyMatch(r -> t.value(r.label(), year).orElse(0) < t.value(r.label(), before).orElse(0));
                    if (fell) {
                        return "in welke " + data.breakdowns().get(t.breakdown()).name().in(Language.NL) + " daalden de "
                                + data.measures().get(measure).name().in(Language.NL) + " in " + year + " en waarom";
                    }
                }
            }
        }
        throw new AssertionError("nothing fell in the data");
    }

    /** "waarom?" / "why?": the question the why button asks, as the replies word it. */
    public static String why(DuaalBot bot, Language language) {
        return bot.texts().text(language, "suggest.why");
    }

    /** The reply's words for "the minister gives no reason for these figures". */
    public static String none(DuaalBot bot, Language language) {
        return bot.texts().text(language, "why.none");
    }

    /** The attribution every why line ends with, without its answer number: "(antwoord". */
    public static String attribution(DuaalBot bot, Language language) {
        String line = bot.texts().text(language, "why.line", "", "");
        return line.substring(0, line.indexOf(')')).strip();
    }
}
