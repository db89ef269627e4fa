package be.duaalbot.data;

import java.util.List;

/**
 * A place people name that the tables do not count by: a municipality, a former municipality or
 * a part of one, a region, or a place outside Flanders and Brussels. {@code members} are the rows
 * of the tables it lies in (a province, or the Brussels region; two for a region across a
 * border; none outside); {@code municipality} is the current municipality of a former one or of
 * a part ("Borsbeek": Antwerpen), else null. {@code spellings} are its name and the other names
 * it goes by ("Ghent", "Gand").
 */
public record Place(String name, Kind kind, List<String> members, String municipality, List<String> spellings) {

    /** What kind of place: the reply says why the tables have no figure for it. */
    public enum Kind { MUNICIPALITY, FORMER, PART, REGION, OUTSIDE }
}
