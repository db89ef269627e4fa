package be.duaalbot.channel.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Test helper: a chunked POST on a raw socket that stops sending as soon as the server has
 * answered or closed, and returns what came back. A client library still writing a large body
 * may fail before it reads the server's early refusal; this one reads it.
 */
public final class RawHttp {
    private RawHttp() {
    }

    public static String chunkedPost(int port, String path, int bytes) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("2000\r\n" + "a".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int sent = 0; sent < bytes && s.getInputStream().available() == 0; sent += 0x2000) {
                    out.write(chunk);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closed) {
                // the server answered and closed before the body ended: what the caller wants to see
            }
            try {
                return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.net.SocketException reset) {
                return "reset";
            }
        }
    }
}
