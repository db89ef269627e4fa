package be.duaalbot.channel.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import be.duaalbot.channel.Faults;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Slack Web API on 127.0.0.1 as the Java SDK calls it: form-encoded methods under
 * {@code /api/} ({@code auth.test}, {@code bots.info}, {@code chat.postMessage},
 * {@code chat.postEphemeral}, {@code apps.connections.open} returning a {@code ws://} URL), and
 * {@code response_url}s under {@code /response/}, and the files upload v2 flow
 * ({@code files.getUploadURLExternal}, the upload to {@code /upload/}, {@code files.completeUploadExternal}:
 * each file shared is kept with its name, bytes and place, {@link #nextFile}), {@code views.publish};
 * it can refuse posts as Slack does ({@code ok: false} with an error such as
 * {@code msg_blocks_too_long}), fail posts as in an outage ({@link #outage}), and fail the start of
 * uploads ({@link #uploadFaults}). Every call is kept as JSON; tests wait on its queues.
 */
public final class FakeSlackApi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A call: the method (or "response") and its parameters or JSON body. */
    public record Call(String method, JsonNode body, String authorization) { }

    /** A file shared by files.completeUploadExternal: its name as given to files.getUploadURLExternal, the bytes uploaded, where. */
    public record File(String name, byte[] bytes, String channel, String threadTs) { }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Call> posts = new LinkedBlockingQueue<>();
    private volatile String socketUrl = "ws://127.0.0.1:1/";
    private final java.util.Queue<String> postFaults = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.Map<String, BlockingQueue<Call>> byMethod = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Call> posted = new CopyOnWriteArrayList<>();
    private final java.util.Queue<String> uploadFaults = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger fileIds = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.Map<String, String> fileNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, byte[]> fileBytes = new java.util.concurrent.ConcurrentHashMap<>();
    private final BlockingQueue<File> files = new LinkedBlockingQueue<>();
    /** Faults of chat.postMessage in an outage (the kinds of {@link Faults}; "502" is a 500 here). */
    public final Faults outage = new Faults(21);

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String apiUrl() {
        return base() + "/api/";
    }

    public String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    /**
     * The next chat.postMessage calls fail, one fault a call: "429" (Retry-After 1), "500", "not json", or
     * an error Slack answers with {@code ok: false} and HTTP 200, such as "msg_blocks_too_long".
     */
    public void postFaults(String... faults) {
        postFaults.addAll(List.of(faults));
    }

    /** The next files.getUploadURLExternal calls fail, one fault a call, as {@link #postFaults} has them. */
    public void uploadFaults(String... faults) {
        uploadFaults.addAll(List.of(faults));
    }

    /** The next file shared, or null after the timeout. */
    public File nextFile(long seconds) throws InterruptedException {
        return files.poll(seconds, TimeUnit.SECONDS);
    }

    public void socketUrl(String url) {
        socketUrl = url;
    }

    /** The next message posted (chat.postMessage, chat.postEphemeral or a response_url), or null. */
    public Call nextPost(long seconds) throws InterruptedException {
        return posts.poll(seconds, TimeUnit.SECONDS);
    }

    /** The next call of a method (views.publish, files.getUploadURLExternal ...), or null after the timeout. */
    public Call next(String method, long seconds) throws InterruptedException {
        return queue(method).poll(seconds, TimeUnit.SECONDS);
    }

    private BlockingQueue<Call> queue(String method) {
        return byMethod.computeIfAbsent(method, m -> new LinkedBlockingQueue<>());
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String body = new String(raw, StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String method = path.startsWith("/response/") ? "response" : path.startsWith("/upload/") ? "upload"
                : path.substring(path.lastIndexOf('/') + 1);
        if (method.equals("upload")) {
            fileBytes.put(path.substring(path.lastIndexOf('/') + 1), raw);
        }
        JsonNode params = method.equals("upload") ? JSON.createObjectNode().put("bytes", raw.length)
                : type != null && type.startsWith("application/json") ? JSON.readTree(body) : form(body);
        Call call = new Call(method, params, exchange.getRequestHeaders().getFirst("Authorization"));
        calls.add(call);
        queue(method).add(call);
        String auth = call.authorization() == null ? "" : call.authorization();
        if (auth.contains("revoked") || params.path("token").asText().contains("revoked")) {
            respond(exchange, "{\"ok\":false,\"error\":\"invalid_auth\"}");
            return;
        }
        switch (method) {
            case "auth.test" -> respond(exchange, "{\"ok\":true,\"url\":\"https://t.slack.com/\",\"team\":\"T\",\"user\":\"duaalbot\","
                    + "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}");
            case "bots.info" -> respond(exchange, "{\"ok\":true,\"bot\":{\"id\":\"" + params.path("bot").asText("B0")
                    + "\",\"deleted\":false,\"name\":\"a bot\",\"updated\":1,\"app_id\":\"A2\",\"user_id\":\"U"
                    + params.path("bot").asText("B0") + "\"}}");
            case "files.getUploadURLExternal" -> {
                String fault = uploadFaults.poll();
                if (fault != null) {
                    fail(exchange, fault);
                    return;
                }
                String id = "F" + fileIds.incrementAndGet();
                fileNames.put(id, params.path("filename").asText());
                respond(exchange, "{\"ok\":true,\"upload_url\":\"" + base() + "/upload/" + id + "\",\"file_id\":\"" + id + "\"}");
            }
            case "files.completeUploadExternal" -> {
                posts.add(call);
                String id = JSON.readTree(params.path("files").asText("[]")).path(0).path("id").asText();
                files.add(new File(fileNames.get(id), fileBytes.get(id), params.path("channel_id").asText(null),
                        params.path("thread_ts").asText(null)));
                respond(exchange, "{\"ok\":true,\"files\":[{\"id\":\"" + id + "\",\"title\":\"chart\"}]}");
            }
            case "apps.connections.open" -> respond(exchange, "{\"ok\":true,\"url\":\"" + socketUrl + "\"}");
            case "chat.postMessage", "chat.postEphemeral", "response" -> {
                String fault = method.equals("chat.postMessage") ? postFaults.poll() : null;
                fault = fault == null && method.equals("chat.postMessage") ? outage.next() : fault;
                if (fault != null) {
                    fail(exchange, fault, () -> deliver(call));
                    return;
                }
                respond(exchange, deliver(call));
            }
            default -> respond(exchange, "{\"ok\":true}");
        }
    }

    /** Records a post as delivered; Slack's answer to it. */
    private String deliver(Call call) {
        posts.add(call);
        posted.add(call);
        return "{\"ok\":true,\"channel\":\"" + call.body().path("channel").asText("C1")
                + "\",\"ts\":\"1700000000.000200\",\"message_ts\":\"1700000000.000200\"}";
    }

    /** Every chat.postMessage, postEphemeral and response_url post that got through, in order. */
    public List<Call> posted() {
        return List.copyOf(posted);
    }

    private void fail(HttpExchange exchange, String fault, java.util.function.Supplier<String> deliver) throws IOException {
        switch (fault) {
            case "hang" -> outage.hang(exchange);
            case "reset" -> Faults.cut(exchange);
            case "delivered hang" -> {
                deliver.get();
                outage.hang(exchange);
            }
            case "delivered reset" -> {
                deliver.get();
                Faults.cut(exchange);
            }
            default -> fail(exchange, fault);
        }
    }

    private static void fail(HttpExchange exchange, String fault) throws IOException {
        if (fault.matches("[a-z_]+")) {
            respond(exchange, "{\"ok\":false,\"error\":\"" + fault + "\"}");
            return;
        }
        byte[] bytes = (fault.equals("not json") ? "{\"ok\":tr" : "{\"ok\":false,\"error\":\"ratelimited\"}").getBytes(StandardCharsets.UTF_8);
        if (fault.equals("429")) {
            exchange.getResponseHeaders().add("Retry-After", "1");
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(fault.equals("429") ? 429 : fault.matches("50\\d") ? Integer.parseInt(fault) : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static ObjectNode form(String body) {
        ObjectNode out = JSON.createObjectNode();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        outage.close();
        server.stop(0);
    }
}
