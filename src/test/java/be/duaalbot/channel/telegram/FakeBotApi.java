package be.duaalbot.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import be.duaalbot.channel.Faults;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Telegram Bot API on 127.0.0.1 speaking the real JSON protocol, for the real TelegramBots
 * client: {@code /bot<token>/<method>} with method names in any case, {@code getMe},
 * {@code getUpdates} long polling (held up to a second), {@code sendMessage}, {@code sendPhoto} and
 * {@code sendDocument} (multipart: each field by its name, a file's name as {@code <field>_filename},
 * an {@code attach://} field resolved to its part),
 * {@code answerCallbackQuery}, {@code answerInlineQuery}, {@code editMessageText}, {@code getChatMember}
 * (admins as set by the test), {@code setMyCommands}, {@code deleteWebhook}; updates of every kind the
 * bot reads (messages in forum topics, stickers, edits, button presses, inline queries, the bot's
 * own membership). It can answer the next sends with 429 and {@code retry_after}, and fail calls
 * as in an outage ({@link #sends}, {@link #others}). Tests wait on its queues, never on sleeps.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final long BOT_ID = 4242;
    public static final String USERNAME = "duaal_test_bot";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_RIGHTS = "\"can_be_edited\":false,\"is_anonymous\":false,\"can_manage_chat\":true,"
            + "\"can_delete_messages\":true,\"can_manage_video_chats\":true,\"can_restrict_members\":true,"
            + "\"can_promote_members\":false,\"can_change_info\":true,\"can_invite_users\":true,\"can_post_stories\":false,"
            + "\"can_edit_stories\":false,\"can_delete_stories\":false";

    /** The methods that send a message: faults of {@link #sends} and of a chat's {@link #faults} are theirs. */
    private static final java.util.Set<String> SENDS = java.util.Set.of("sendmessage", "sendphoto", "senddocument");

    /** A call the bot made: the method in lower case, and its JSON body. */
    public record Call(String method, JsonNode body) { }

    private final HttpServer server;
    private final String token;
    private final List<ObjectNode> updates = new CopyOnWriteArrayList<>();
    private final BlockingQueue<ObjectNode> arrivals = new LinkedBlockingQueue<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Call> delivered = new LinkedBlockingQueue<>();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final java.util.Map<Long, java.util.Queue<String>> chatFaults = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger nextUpdate = new AtomicInteger(1);
    private final AtomicInteger nextMessage = new AtomicInteger(1000);
    private final java.util.Map<String, BlockingQueue<Call>> byMethod = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> admins = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<Call> deliveries = new CopyOnWriteArrayList<>();
    /** Faults of sendMessage, sendPhoto and sendDocument in an outage (kinds of {@link Faults}). */
    public final Faults sends = new Faults(21);
    /** Faults of every other call (getUpdates included) in an outage: 500, 502, 429 or "not json". */
    public final Faults others = new Faults(42);

    public FakeBotApi(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The next sends to this chat fail, one fault a call, in order: 429 (retry_after 1), 500 with
     * a JSON error, 502 with an HTML page, 200 with a body that is not JSON, or another kind of {@link Faults}.
     */
    public void faults(long chatId, String... faults) {
        chatFaults.computeIfAbsent(chatId, id -> new java.util.concurrent.ConcurrentLinkedQueue<>()).addAll(List.of(faults));
    }

    private volatile java.util.concurrent.CountDownLatch hold;
    private final AtomicInteger refused = new AtomicInteger();

    /** Calls made with a token other than this API's, each answered 401. */
    public int refusedCalls() {
        return refused.get();
    }

    /** answerCallbackQuery calls wait until {@code latch} opens: the bot's workers stay busy. */
    public void holdCallbackAnswers(java.util.concurrent.CountDownLatch latch) {
        this.hold = latch;
    }

    /** The next {@code n} sendMessage calls get 429 with retry_after 1. */
    public void tooManyRequests(int n) {
        tooManyRequests.set(n);
    }

    public int message(long chatId, String chatType, String text, String languageCode, Long replyToBotMessage) {
        ObjectNode message = newMessage(chatId, chatType, languageCode);
        message.put("text", text);
        if (replyToBotMessage != null) {
            ObjectNode reply = message.putObject("reply_to_message");
            reply.put("message_id", replyToBotMessage).put("date", 1_700_000_000).put("text", "earlier");
            reply.putObject("chat").put("id", chatId).put("type", chatType);
            reply.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Duaal").put("username", USERNAME);
        }
        push(JSON.createObjectNode().set("message", message));
        return message.get("message_id").asInt();
    }

    /** A message in a forum topic of a supergroup. */
    public int topicMessage(long chatId, int threadId, String text) {
        ObjectNode message = newMessage(chatId, "supergroup", "nl");
        message.put("text", text).put("message_thread_id", threadId).put("is_topic_message", true);
        message.with("chat").put("is_forum", true);
        push(JSON.createObjectNode().set("message", message));
        return message.get("message_id").asInt();
    }

    /** A sticker, no text. */
    public void sticker(long chatId, String languageCode) {
        ObjectNode message = newMessage(chatId, "private", languageCode);
        message.putObject("sticker").put("file_id", "s1").put("file_unique_id", "u1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        push(JSON.createObjectNode().set("message", message));
    }

    /** A photo, with a caption or none. */
    public void photo(long chatId, String caption) {
        ObjectNode message = newMessage(chatId, "private", "nl");
        message.putArray("photo").addObject().put("file_id", "p1").put("file_unique_id", "u2").put("width", 90).put("height", 90);
        if (caption != null) {
            message.put("caption", caption);
        }
        push(JSON.createObjectNode().set("message", message));
    }

    /** The user edits an earlier message to a new text. */
    public void edit(long chatId, int messageId, String text) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId).put("date", 1_700_000_000).put("edit_date", 1_700_000_100).put("text", text);
        message.putObject("chat").put("id", chatId).put("type", "private");
        message.putObject("from").put("id", 7).put("is_bot", false).put("first_name", "Test").put("language_code", "nl");
        push(JSON.createObjectNode().set("edited_message", message));
    }

    public void inlineQuery(String id, String query) {
        ObjectNode inline = JSON.createObjectNode().put("id", id).put("query", query).put("offset", "");
        inline.putObject("from").put("id", 7).put("is_bot", false).put("first_name", "Test").put("language_code", "nl");
        push(JSON.createObjectNode().set("inline_query", inline));
    }

    /** Someone adds the bot to a group. */
    public void addedToGroup(long chatId) {
        ObjectNode change = JSON.createObjectNode().put("date", 1_700_000_000);
        change.putObject("chat").put("id", chatId).put("type", "group").put("title", "Klas");
        change.putObject("from").put("id", 7).put("is_bot", false).put("first_name", "Test").put("language_code", "nl");
        change.putObject("old_chat_member").put("status", "left").set("user", botUser());
        change.putObject("new_chat_member").put("status", "member").set("user", botUser());
        push(JSON.createObjectNode().set("my_chat_member", change));
    }

    /** The user who asks (id 7) is an admin of this chat. */
    public void admin(long chatId) {
        admins.add(Long.toString(chatId));
    }

    /** The next call of a method (any case), or null after the timeout. */
    public Call next(String method, long seconds) throws InterruptedException {
        return queue(method).poll(seconds, TimeUnit.SECONDS);
    }

    private BlockingQueue<Call> queue(String method) {
        return byMethod.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new LinkedBlockingQueue<>());
    }

    private ObjectNode newMessage(long chatId, String chatType, String languageCode) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", nextMessage.incrementAndGet()).put("date", 1_700_000_000);
        message.putObject("chat").put("id", chatId).put("type", chatType);
        message.putObject("from").put("id", 7).put("is_bot", false).put("first_name", "Test").put("language_code", languageCode);
        return message;
    }

    private static ObjectNode botUser() {
        return JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Duaal").put("username", USERNAME);
    }

    public void press(long chatId, String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cb" + nextUpdate.get()).put("chat_instance", "x").put("data", data);
        query.putObject("from").put("id", 7).put("is_bot", false).put("first_name", "Test");
        ObjectNode message = query.putObject("message");
        message.put("message_id", 1).put("date", 1_700_000_000).put("text", "earlier");
        message.putObject("chat").put("id", chatId).put("type", "private");
        push(JSON.createObjectNode().set("callback_query", query));
    }

    private void push(ObjectNode update) {
        update.put("update_id", nextUpdate.getAndIncrement());
        updates.add(update);
        arrivals.add(update);
    }

    /** The next message the bot got through (a 429 is not one), or null after the timeout. */
    public Call nextDelivered(long seconds) throws InterruptedException {
        return delivered.poll(seconds, TimeUnit.SECONDS);
    }

    public List<Call> calls(String method) {
        List<Call> out = new ArrayList<>();
        calls.stream().filter(c -> c.method().equals(method.toLowerCase(Locale.ROOT))).forEach(out::add);
        return out;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (parts.length < 3 || !parts[1].equals("bot" + token)) {
            refused.incrementAndGet();
            respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
            return;
        }
        String method = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonNode json = body.isBlank() ? JSON.createObjectNode()
                : type != null && type.startsWith("multipart/form-data") ? form(body, type) : JSON.readTree(body);
        calls.add(new Call(method, json));
        queue(method).add(new Call(method, json));
        String outage = SENDS.contains(method) ? null : others.next();
        if (outage != null) {
            fault(exchange, outage, null);
            return;
        }
        switch (method) {
            case "getme" -> respond(exchange, 200, "{\"ok\":true,\"result\":{\"id\":" + BOT_ID
                    + ",\"is_bot\":true,\"first_name\":\"Duaal\",\"username\":\"" + USERNAME + "\"}}");
            case "getupdates" -> respond(exchange, 200, updates(json.path("offset").asInt(0)));
            case "sendmessage", "sendphoto", "senddocument" -> send(exchange, json, method);
            case "editmessagetext" -> respond(exchange, 200, "{\"ok\":true,\"result\":{\"message_id\":" + json.path("message_id").asInt()
                    + ",\"date\":1700000000,\"chat\":{\"id\":" + json.path("chat_id").asLong() + ",\"type\":\"private\"}}}");
            case "getchatmember" -> respond(exchange, 200, "{\"ok\":true,\"result\":{\"status\":\""
                    + (admins.contains(json.path("chat_id").asText()) ? "administrator" : "member")
                    + "\",\"user\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Test\"}," + ADMIN_RIGHTS + "}}");
            case "answercallbackquery" -> {
                awaitHold();
                respond(exchange, 200, "{\"ok\":true,\"result\":true}");
            }
            default -> respond(exchange, 200, "{\"ok\":true,\"result\":true}");
        }
    }

    private void awaitHold() {
        var latch = hold;
        try {
            if (latch != null) {
                latch.await(300, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A multipart form (setWebhook is sent as one) as a JSON object of its text fields. */
    private static ObjectNode form(String body, String contentType) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        ObjectNode fields = JSON.createObjectNode();
        for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
            int name = part.indexOf("name=\"");
            int blank = part.indexOf("\r\n\r\n");
            if (name < 0 || blank < 0) {
                continue;
            }
            String key = part.substring(name + 6, part.indexOf('"', name + 6));
            fields.put(key, part.substring(blank + 4).replaceAll("\r\n$", ""));
            int file = part.indexOf("filename=\"");
            if (file >= 0 && file < blank) {
                fields.put(key + "_filename", part.substring(file + 10, part.indexOf('"', file + 10)));
            }
        }
        attached(fields);
        return fields;
    }

    /** A field {@code attach://<part>} (how the client sends a new file) takes that part's content and file name. */
    private static void attached(ObjectNode fields) {
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String value = fields.path(name).asText();
            if (value.startsWith("attach://") && fields.has(value.substring(9))) {
                String part = value.substring(9);
                fields.put(name, fields.path(part).asText()).put(name + "_filename", fields.path(part + "_filename").asText());
                fields.remove(List.of(part, part + "_filename"));
            }
        }
    }

    private String updates(int offset) {
        try {
            if (updates.stream().noneMatch(u -> u.get("update_id").asInt() >= offset)) {
                arrivals.poll(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ObjectNode response = JSON.createObjectNode().put("ok", true);
        var result = response.putArray("result");
        updates.stream().filter(u -> u.get("update_id").asInt() >= offset).forEach(result::add);
        return response.toString();
    }

    private void send(HttpExchange exchange, JsonNode json, String method) throws IOException {
        java.util.Queue<String> faults = chatFaults.get(json.path("chat_id").asLong());
        String fault = faults == null ? null : faults.poll();
        fault = fault != null ? fault : sends.next();
        if (fault != null) {
            fault(exchange, fault, () -> deliver(json, method));
            return;
        }
        if (tooManyRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            fault(exchange, "429", null);
            return;
        }
        respond(exchange, 200, deliver(json, method));
    }

    /** Records a message as delivered; the API's answer to it. */
    private String deliver(JsonNode json, String method) {
        int id = nextMessage.incrementAndGet();
        // what the bot was told, for tests of later edits; on a copy, since a test may already be
        // reading the call's own body from the queue of calls
        JsonNode sent = ((ObjectNode) json).deepCopy().put("sent_message_id", id);
        delivered.add(new Call(method, sent));
        deliveries.add(new Call(method, sent));
        ObjectNode response = JSON.createObjectNode().put("ok", true);
        ObjectNode message = response.putObject("result");
        message.put("message_id", id).put("date", 1_700_000_000).put("text", json.path("text").asText());
        message.putObject("chat").put("id", json.path("chat_id").asLong()).put("type", "private");
        return response.toString();
    }

    /** Answers with a fault of {@link Faults}' kinds; {@code deliver} delivers the message, for the kinds that do. */
    private void fault(HttpExchange exchange, String fault, java.util.function.Supplier<String> deliver) throws IOException {
        switch (fault) {
            case "429" -> respond(exchange, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                    + "\"parameters\":{\"retry_after\":1}}");
            case "500" -> respond(exchange, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
            case "502" -> respond(exchange, 502, "<html><body>Bad Gateway</body></html>");
            case "hang" -> sends.hang(exchange);
            case "reset" -> Faults.cut(exchange);
            case "delivered hang" -> {
                deliver.get();
                sends.hang(exchange);
            }
            case "delivered reset" -> {
                deliver.get();
                Faults.cut(exchange);
            }
            default -> respond(exchange, 200, "{\"ok\":tr");
        }
    }

    /** Every message the bot got through, in order (nextDelivered takes from a queue; this keeps them all). */
    public List<Call> deliveries() {
        return List.copyOf(deliveries);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        sends.close();
        server.stop(0);
    }
}
