package be.duaalbot.core;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Typed values from the text of a setting, for the loader and for channel modules parsing what
 * they declared: a bad value throws a {@link SettingsException} naming the setting and the value.
 */
public final class SettingValues {

    private SettingValues() {
    }

    /** An http or https URL with a host. */
    public static URI url(String key, String text) {
        String value = text.strip();
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new SettingsException(key, "'" + value + "' is not an http or https URL");
    }

    /** The same, or empty when the setting is blank. */
    public static String optionalUrl(String key, String text) {
        return text.isBlank() ? "" : url(key, text).toString();
    }

    /** A comma-separated list of ids, each of the given form; empty for none. */
    public static Set<String> ids(String key, String text, String form) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!id.matches(form)) {
                throw new SettingsException(key, "'" + id + "' is not an id (expected " + form + ")");
            }
            out.add(id);
        }
        return Set.copyOf(out);
    }
}
