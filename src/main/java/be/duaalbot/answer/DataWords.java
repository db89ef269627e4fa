package be.duaalbot.answer;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The words a text takes from the loaded data rather than from its template: {measures}
 * ("erkenningen en overeenkomsten"), {units} ("ondernemingen"), {breakdowns} ("per provincie en
 * per sector"), {breakdownsOr} ("provincie of sector"), {widest} and {narrowest} (the breakdowns with
 * the most and fewest members), {breakdownCommands}, {years} (each table's own when they differ), {first},
 * {latest} and {previous} (years every table has) and {sources} ("Schriftelijke vraag nr. 677"). A new
 * measure, breakdown, year or source rewords every text.
 */
final class DataWords implements UnaryOperator<String> {
    private final Map<String, String> words = new LinkedHashMap<>();

    DataWords(Phrases p) {
        Dataset data = p.data();
        Language language = p.language();
        List<String> measures = data.measuresWithTables();
        words.put("{measures}", p.list(measures.stream().map(p::measure).toList()));
        words.put("{units}", p.list(measures.stream().map(m -> data.measures().get(m).unit().in(language)).distinct().toList()));
        // in the order of dimensions.json, not of the files: an imported file must not reorder the texts
        List<String> breakdowns = data.breakdowns().keySet().stream()
                .filter(b -> data.tables().stream().anyMatch(t -> t.breakdown().equals(b))).toList();
        words.put("{breakdowns}", p.list(breakdowns.stream().map(b -> p.t("per", p.breakdown(b, false))).toList()));
        words.put("{breakdownsOr}", String.join(p.t("or"), breakdowns.stream().map(b -> p.breakdown(b, false)).toList()));
        words.put("{breakdownCommands}", p.list(breakdowns.stream().map(b -> "/" + data.breakdowns().get(b).command()).toList()));
        // the suggestions rank within the breakdown with the most members and split by the one with the fewest
        List<String> bySize = p.breakdownsBySize();
        words.put("{widest}", p.breakdown(bySize.get(0), true));
        words.put("{narrowest}", p.breakdown(bySize.get(bySize.size() - 1), false));
        words.put("{years}", Coverage.of(data.tables(), p));
        // examples and follow-ups name years every table has, so that each of them is answered
        List<String> years = common(data);
        words.put("{first}", years.get(0));
        words.put("{latest}", years.get(years.size() - 1));
        words.put("{previous}", years.size() > 1 ? years.get(years.size() - 2) : years.get(0));
        List<String> sources = data.tables().stream().flatMap(t -> t.parts().stream()).map(Table::source).distinct()
                .map(id -> Provenance.shortName(data.sources().get(id), p)).toList();
        words.put("{sources}", p.list(sources));
    }

    /** The years every table has; all years when they share none. */
    private static List<String> common(Dataset data) {
        List<String> years = new java.util.ArrayList<>(data.schoolYears());
        data.tables().forEach(t -> years.retainAll(t.schoolYears()));
        return years.isEmpty() ? data.schoolYears() : years;
    }

    @Override
    public String apply(String text) {
        String out = text;
        for (var e : words.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }
}
