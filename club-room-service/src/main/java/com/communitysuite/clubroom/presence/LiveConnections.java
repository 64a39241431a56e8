package com.communitysuite.clubroom.presence;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

import com.communitysuite.clubroom.room.RoomSignal;

import tools.jackson.databind.ObjectMapper;

/** The room connections this replica holds, by connection id and by room. */
@Component
class LiveConnections {

    private static final Logger log = LoggerFactory.getLogger(LiveConnections.class);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int BUFFER_LIMIT = 256 * 1024;
    /**
     * How long a closing or kicked connection stays open after its last message, as the original's 3 s: a send made
     * while another thread is writing is only buffered, and closing at once would drop it.
     */
    private static final Duration CLOSE_AFTER = Duration.ofSeconds(3);

    private final Map<String, WebSocketSession> byId = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> byRoom = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final TaskScheduler scheduler;

    LiveConnections(ObjectMapper json, TaskScheduler scheduler) {
        this.json = json;
        this.scheduler = scheduler;
    }

    /** @return the session to send to (sends from several threads are serialised) */
    WebSocketSession add(String roomId, String connectionId, WebSocketSession session) {
        WebSocketSession safe = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT);
        byId.put(connectionId, safe);
        byRoom.computeIfAbsent(roomId, id -> ConcurrentHashMap.newKeySet()).add(connectionId);
        return safe;
    }

    void remove(String roomId, String connectionId) {
        byId.remove(connectionId);
        byRoom.computeIfPresent(roomId, (id, connections) -> {
            connections.remove(connectionId);
            return connections.isEmpty() ? null : connections;
        });
    }

    /** Delivers the signal to the connections it is for that this replica holds. */
    void deliver(RoomSignal signal) {
        String text = json.writeValueAsString(signal.message());
        Set<String> targets = signal.connectionId() != null ? Set.of(signal.connectionId())
                : byRoom.getOrDefault(signal.roomId(), Set.of());
        boolean closing = "close".equals(signal.message().get("event")) || "kicked".equals(signal.message().get("event"));
        for (String connectionId : targets) {
            WebSocketSession session = byId.get(connectionId);
            if (session == null || !session.isOpen()) {
                continue;
            }
            try {
                session.sendMessage(new TextMessage(text));
                if (closing) {
                    scheduler.schedule(() -> closeQuietly(session), Instant.now().plus(CLOSE_AFTER));
                }
            }
            catch (IOException | IllegalStateException e) {
                log.debug("could not tell connection {} of room {}", connectionId, signal.roomId(), e);
            }
        }
    }

    private static void closeQuietly(WebSocketSession session) {
        try {
            session.close(CloseStatus.NORMAL);
        }
        catch (IOException | IllegalStateException e) {
            log.debug("could not close connection {}", session.getId(), e);
        }
    }
}
