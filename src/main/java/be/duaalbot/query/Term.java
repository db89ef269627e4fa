package be.duaalbot.query;

import be.duaalbot.data.Language;
import java.util.List;

/** One entry of the vocabulary: the words of a term, what it stands for, and its language. */
record Term(List<String> words, Kind kind, String key, Language language) {
}
