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
 * the most and fewest members), {breakdownCommands}, {years}, {first}, {latest}, {previous} and {sources}
 * ("Schriftelijke vraag nr. 677"). A new measure, breakdown, year or source rewords every text.
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
        List<String> bySize = breakdowns.stream()
                .sorted(java.util.Comparator.comparingInt((String b) -> data.membersOf(b).size()).reversed()).toList();
        words.put("{widest}", p.breakdown(bySize.get(0), true));
        words.put("{narrowest}", p.breakdown(bySize.get(bySize.size() - 1), false));
        words.put("{years}", p.years(data.schoolYears()));
        words.put("{first}", data.schoolYears().get(0));
        words.put("{latest}", data.latestYear());
        List<String> years = data.schoolYears();
        words.put("{previous}", years.size() > 1 ? years.get(years.size() - 2) : data.latestYear());
        List<String> sources = data.tables().stream().flatMap(t -> t.parts().stream()).map(Table::source).distinct()
                .map(id -> Provenance.shortName(data.sources().get(id), p)).toList();
        words.put("{sources}", p.list(sources));
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
