package be.duaalbot.channel.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The page's files, read once from the jar ({@code /web/} on the class path) and served with their
 * types; the page may be cached for a minute, so a new version shows after a reload.
 */
final class Assets {
    static final List<String> NAMES = List.of("app.js", "app.css");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    private final Map<String, byte[]> files = new java.util.HashMap<>();

    Assets() {
        for (String name : List.of("index.html", "app.js", "app.css")) {
            try (InputStream in = java.util.Objects.requireNonNull(Assets.class.getResourceAsStream("/web/" + name), name)) {
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    void send(Context ctx, String name) {
        ctx.header("Cache-Control", "max-age=60");
        ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1))).result(files.get(name));
    }
}
