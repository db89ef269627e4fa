package be.duaalbot.channel.http;

import io.javalin.http.Context;

/**
 * The security headers of every response. The Content-Security-Policy lets a page run only
 * scripts and styles served by this server (no inline script or style, no eval), fetch only from
 * it, and show images from it or made in the page (a chart as a data URL); nothing may frame it.
 * JSON and PNG answers carry it too: it costs nothing and covers a browser opening them.
 */
final class Headers {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private Headers() {
    }

    static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
