package be.duaalbot.core;

import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A check that would otherwise fail silently: an environment variable that looks like a setting
 * but is none (a typo keeps the default). Checks of a channel's own settings are its module's.
 */
final class SettingsChecks {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsChecks.class);
    /** Variables read outside the settings file: by logback, and the file's own name. */
    private static final Set<String> OTHERS = Set.of("DUAALBOT_CONFIG", "DUAALBOT_LOG_LEVEL", "DUAALBOT_LOG_FORMAT");
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(8);

    private SettingsChecks() {
    }

    /** One warning for each variable named like ours that is not ours, naming the closest real setting. */
    static void warnLookalikes(Set<String> env, Set<String> keys, Set<String> secrets) {
        Set<String> prefixes = prefixes(union(keys, secrets));
        for (String name : env) {
            if (prefixes.stream().noneMatch(name::startsWith) || known(name, keys, secrets)) {
                continue;
            }
            String closest = null;
            int best = Integer.MAX_VALUE;
            for (String key : union(keys, secrets)) {
                int d = DISTANCE.apply(name, key);
                if (d >= 0 && d < best) {
                    best = d;
                    closest = key;
                }
            }
            if (closest != null) {
                LOG.warn("setting {} is not a setting of duaalbot and is ignored; did you mean {}?", name, closest);
            }
        }
    }

    private static boolean known(String name, Set<String> keys, Set<String> secrets) {
        return keys.contains(name) || secrets.contains(name) || OTHERS.contains(name)
                || (name.endsWith("_FILE") && secrets.contains(name.substring(0, name.length() - 5)));
    }

    /** The prefixes our settings share (DUAALBOT_, and a channel's own such as its platform's name): a variable with one looks like ours. */
    private static Set<String> prefixes(Set<String> names) {
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        for (String name : names) {
            if (name.indexOf('_') > 0) {
                prefixes.add(name.substring(0, name.indexOf('_') + 1));
            }
        }
        return prefixes;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        all.addAll(OTHERS);
        return all;
    }
}
