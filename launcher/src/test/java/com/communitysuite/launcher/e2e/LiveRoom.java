package com.communitysuite.launcher.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * A room's presence connection through the gateway ({@code /room/{roomId}/live}), the upgrade request signed as any
 * app GET; the server's closing of it arrives as a message {@code {"event":"_closed","code":...}} to await.
 */
public final class LiveRoom implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final List<JsonNode> skipped = new ArrayList<>();

    private LiveRoom(WebSocket.Builder builder, URI uri) {
        this.socket = builder.buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    received.add(Gateway.JSON.readTree(text.toString()));
                    text.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            /** The server's closing of the connection, as a message {@code _closed} to await. */
            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                received.add(Gateway.JSON.readTree("{\"event\":\"_closed\",\"code\":" + statusCode + "}"));
                return null;
            }
        }).join();
    }

    public static LiveRoom connect(Suite suite, AppUser user, String roomId) {
        long ts = System.currentTimeMillis();
        String sign = AppUser.sign(Map.of("ts", ts), user.accessSecret());
        URI uri = URI.create(suite.gateway().baseUrl().replaceFirst("^http", "ws") + "/room/" + roomId
                + "/live?ts=" + ts + "&sign=" + sign);
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10)).header("Authorization", user.basic())
                .header("Client-Type", "1").header("Version-Name", "0.1.7").header("Version-Code", "19");
        return new LiveRoom(builder, uri);
    }

    public void send(Map<String, ?> command) {
        send(Gateway.JSON.writeValueAsString(command));
    }

    public void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The next message that matches (those skipped stay for later awaits); fails after 15 s. */
    public JsonNode await(Predicate<JsonNode> matching) throws InterruptedException {
        for (JsonNode message : skipped) {
            if (matching.test(message)) {
                skipped.remove(message);
                return message;
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            JsonNode message = received.poll(100, TimeUnit.MILLISECONDS);
            if (message == null) {
                continue;
            }
            if (matching.test(message)) {
                return message;
            }
            skipped.add(message);
        }
        throw new AssertionError("no matching message; got " + skipped);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }
}
