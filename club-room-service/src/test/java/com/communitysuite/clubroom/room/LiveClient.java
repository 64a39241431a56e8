package com.communitysuite.clubroom.room;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A participant's connection to a room's presence channel, as the gateway forwards it (with their identity). */
final class LiveClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private volatile boolean closed;

    private LiveClient(URI uri, String authorization) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", authorization)
                .connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            received.add(JSON.readTree(text.toString()));
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed = true;
                        return null;
                    }
                }).join();
    }

    static LiveClient connect(int port, String roomId, String authorization) {
        return new LiveClient(URI.create("ws://localhost:" + port + "/room/" + roomId + "/live"), authorization);
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The next message (in order) that matches, skipping others; fails after 10 s. */
    JsonNode await(Predicate<JsonNode> matching) {
        for (JsonNode message : seen) {
            if (matching.test(message)) {
                seen.remove(message);
                return message;
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                JsonNode message = received.poll(100, TimeUnit.MILLISECONDS);
                if (message == null) {
                    continue;
                }
                if (matching.test(message)) {
                    return message;
                }
                seen.add(message);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no matching message; got " + seen);
    }

    /** Whether a message that matches has arrived (without waiting); it is taken if so. */
    boolean poll(Predicate<JsonNode> matching) {
        received.drainTo(seen);
        for (JsonNode message : seen) {
            if (matching.test(message)) {
                seen.remove(message);
                return true;
            }
        }
        return false;
    }

    JsonNode awaitEvent(String event) {
        return await(message -> event.equals(message.path("event").asString()));
    }

    boolean closedByServer() {
        return closed;
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }
}
