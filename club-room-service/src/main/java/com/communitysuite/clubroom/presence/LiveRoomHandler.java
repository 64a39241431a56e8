package com.communitysuite.clubroom.presence;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.clubroom.room.LiveStage;
import com.communitysuite.clubroom.room.RoomLive;
import com.communitysuite.clubroom.room.RoomRole;
import com.communitysuite.clubroom.room.ToolKind;
import com.communitysuite.platform.domain.DomainException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.security.resource.CurrentIdentity;
import com.communitysuite.platform.web.app.AppErrorCode;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The room presence channel {@code /room/{roomId}/live} (protocol in the README): one connection per participant,
 * authenticated like any app request (the gateway checks Basic, {@code ts} and {@code sign} on the upgrade request and
 * forwards the caller's identity). Commands change {@link RoomLive}'s shared state; what everyone is told comes back
 * as signals.
 */
@Component
class LiveRoomHandler extends TextWebSocketHandler implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(LiveRoomHandler.class);
    private static final Pattern PATH = Pattern.compile(".*/room/([a-f0-9]{32})/live/?");
    private static final Pattern UID = Pattern.compile("[a-f0-9]{32}");
    private static final int MAX_MESSAGE_CHARS = 4096;

    private final RoomLive live;
    private final LiveConnections connections;
    private final ObjectMapper json;

    LiveRoomHandler(RoomLive live, LiveConnections connections, ObjectMapper json) {
        this.live = live;
        this.connections = connections;
        this.json = json;
    }

    /** Only an account, on a room path, gets a connection; the identity is the request's, as the filters set it. */
    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        String roomId = roomId(request.getURI());
        SuiteIdentity identity = CurrentIdentity.get().orElse(null);
        if (roomId == null || identity == null || !identity.isAccount()) {
            response.setStatusCode(roomId == null ? org.springframework.http.HttpStatus.NOT_FOUND
                    : org.springframework.http.HttpStatus.UNAUTHORIZED);
            return false;
        }
        attributes.put("roomId", roomId);
        attributes.put("caller", Caller.of(identity));
        attributes.put("connectionId", UUID.randomUUID().toString().replace("-", ""));
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws IOException {
        String roomId = (String) raw.getAttributes().get("roomId");
        String connectionId = (String) raw.getAttributes().get("connectionId");
        Caller caller = (Caller) raw.getAttributes().get("caller");
        raw.setTextMessageSizeLimit(MAX_MESSAGE_CHARS);
        WebSocketSession session = connections.add(roomId, connectionId, raw);
        try {
            send(session, live.connect(caller, roomId, connectionId));
        }
        catch (DomainException refused) {
            connections.remove(roomId, connectionId);
            send(session, error(refused));
            session.close(CloseStatus.POLICY_VIOLATION);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage message) throws IOException {
        String roomId = (String) raw.getAttributes().get("roomId");
        String connectionId = (String) raw.getAttributes().get("connectionId");
        Caller caller = (Caller) raw.getAttributes().get("caller");
        if (!live.heartbeat(connectionId)) {
            raw.close(CloseStatus.NORMAL);
            return;
        }
        Map<String, Object> answer;
        try {
            answer = command(caller, roomId, json.readTree(message.getPayload()));
        }
        catch (JacksonException malformed) {
            answer = error(0, "消息格式不正确");
        }
        catch (DomainException refused) {
            answer = error(refused);
        }
        if (answer != null) {
            send(raw, answer);
        }
    }

    /** @return the answer to the sender only, or null when the change is told to everyone */
    private Map<String, Object> command(Caller caller, String roomId, JsonNode command) {
        String event = command.path("event").asString("");
        switch (event) {
            case "heartbeat" -> {
                return Map.of("event", "heartbeat");
            }
            case "sync" -> {
                return live.state(caller, roomId);
            }
            case "role" -> {
                String uid = command.path("uid").asString("");
                int role = command.path("role").asInt(-1);
                if (!UID.matcher(uid).matches() || role < 0 || role > 2 || !command.path("role").isIntegralNumber()) {
                    return error(0, "参数错误");
                }
                live.changeRole(caller, roomId, uid, RoomRole.of(role));
                return null;
            }
            case "invite" -> {
                String action = command.path("action").asString("");
                if ("request".equals(action)) {
                    live.raiseHand(caller, roomId);
                    return null;
                }
                String uid = command.path("uid").asString("");
                if ("response".equals(action) && UID.matcher(uid).matches()) {
                    live.inviteToSpeak(caller, roomId, uid);
                    return null;
                }
                return error(0, "参数错误");
            }
            case "mute" -> {
                String uid = text(command, "uid");
                if (uid == null || !UID.matcher(uid).matches()) {
                    return error(0, "参数错误");
                }
                live.mute(caller, roomId, uid);
                return null;
            }
            case "tool" -> {
                return tool(caller, roomId, command);
            }
            case "pin" -> {
                return pin(caller, roomId, command);
            }
            case "live" -> {
                Optional<LiveStage.Action> action = LiveStage.Action.named(text(command, "action"));
                if (action.isEmpty()) {
                    return error(0, "参数错误");
                }
                live.live(caller, roomId, action.get());
                return null;
            }
            default -> {
                return error(0, "不支持的消息");
            }
        }
    }

    /** {@code {"event":"tool","action":"icon"|"image"|"link","toolData":...}} or {@code "action":"clear"}. */
    private Map<String, Object> tool(Caller caller, String roomId, JsonNode command) {
        String action = text(command, "action");
        String data = text(command, "toolData");
        boolean dataGiven = command.has("toolData") && !command.get("toolData").isNull();
        if ("clear".equals(action)) {
            if (dataGiven && data == null) {
                return error(0, "参数错误");
            }
            live.clearTool(caller, roomId, data);
            return null;
        }
        Optional<ToolKind> kind = ToolKind.named(action);
        if (kind.isEmpty() || data == null) {
            return error(0, "参数错误");
        }
        live.showTool(caller, roomId, kind.get(), data);
        return null;
    }

    /**
     * {@code {"event":"pin","action":"add","tool":"image"|"link","toolData":...,"uid"?:...}} or
     * {@code {"event":"pin","action":"remove","pinId":...}}.
     */
    private Map<String, Object> pin(Caller caller, String roomId, JsonNode command) {
        String action = text(command, "action");
        if ("remove".equals(action)) {
            String pinId = text(command, "pinId");
            if (pinId == null || !UID.matcher(pinId).matches()) {
                return error(0, "参数错误");
            }
            live.unpin(caller, roomId, pinId);
            return null;
        }
        Optional<ToolKind> kind = ToolKind.named(text(command, "tool"));
        String data = text(command, "toolData");
        String fromUid = text(command, "uid");
        boolean fromGiven = command.has("uid") && !command.get("uid").isNull();
        if (!"add".equals(action) || kind.isEmpty() || data == null
                || fromGiven && (fromUid == null || !UID.matcher(fromUid).matches())) {
            return error(0, "参数错误");
        }
        live.pin(caller, roomId, kind.get(), data, fromUid);
        return null;
    }

    /** The field's text, or null when it is missing or not a string. */
    private static String text(JsonNode command, String field) {
        JsonNode value = command.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        String roomId = (String) session.getAttributes().get("roomId");
        String connectionId = (String) session.getAttributes().get("connectionId");
        Caller caller = (Caller) session.getAttributes().get("caller");
        connections.remove(roomId, connectionId);
        try {
            live.disconnect(roomId, caller.accountId(), connectionId);
        }
        catch (RuntimeException e) {
            // The heartbeat timeout lets the participant go later, on whichever replica sweeps first.
            log.warn("could not record that a connection left room {}", roomId, e);
        }
    }

    private void send(WebSocketSession session, Map<String, Object> message) throws IOException {
        if (session.isOpen()) {
            session.sendMessage(new TextMessage(json.writeValueAsString(message)));
        }
    }

    private static Map<String, Object> error(DomainException refused) {
        return error(AppErrorCode.forReason(refused.reason()).code(), refused.getMessage());
    }

    private static Map<String, Object> error(int code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("event", "error");
        error.put("errorCode", code);
        error.put("message", message);
        return error;
    }

    static String roomId(URI uri) {
        Matcher matcher = PATH.matcher(uri.getPath());
        return matcher.matches() ? matcher.group(1) : null;
    }
}
