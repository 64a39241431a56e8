package com.communitysuite.meeting.conferencing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;

/**
 * Zoom: a Server-to-Server OAuth token ({@code POST /oauth/token}, {@code grant_type=account_credentials}, kept until
 * shortly before it expires; there is no refresh token), then {@code POST /v2/users/{host}/meetings} for a scheduled
 * meeting and {@code DELETE /v2/meetings/{id}} to cancel it (integrations.md 7a).
 */
class ZoomMeetingPlatform implements MeetingPlatform {

    static final String NAME = "zoom";
    private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ConferencingProperties.Zoom settings;
    private final PlatformHttp oauth;
    private final PlatformHttp api;
    private final Clock clock;
    private volatile Token token;

    private record Token(String value, Instant renewAt) {
    }

    ZoomMeetingPlatform(ConferencingProperties.Zoom settings, Clock clock) {
        this.settings = settings;
        this.oauth = new PlatformHttp(NAME, settings.oauthUrl());
        this.api = new PlatformHttp(NAME, settings.apiUrl());
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> hosts() {
        return settings.hosts();
    }

    @Override
    public BookedMeeting book(String host, MeetingBooking booking) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topic", booking.topic());
        body.put("type", 2);
        body.put("start_time", START_TIME.format(booking.startsAt()));
        body.put("duration", booking.minutes());
        body.put("timezone", booking.zone().getId());
        if (booking.agenda() != null) {
            body.put("agenda", booking.agenda());
        }
        body.put("settings", Map.of("auto_recording", booking.cloudRecording() ? "cloud" : "none",
                "mute_upon_entry", true));
        String bearer = "Bearer " + accessToken();
        PlatformHttp.Reply reply = api.send(HttpMethod.POST, "/v2/users/{host}/meetings", MediaType.APPLICATION_JSON,
                PlatformHttp.write(body), h -> h.set("Authorization", bearer), host);
        JsonNode meeting = api.json(reply, "the meeting");
        String id = PlatformHttp.required(meeting, "id", NAME);
        return new BookedMeeting(id, id, PlatformHttp.required(meeting, "join_url", NAME));
    }

    @Override
    public void cancel(String host, BookedMeeting meeting) {
        String bearer = "Bearer " + accessToken();
        PlatformHttp.Reply reply = api.send(HttpMethod.DELETE, "/v2/meetings/{id}", null, null,
                h -> h.set("Authorization", bearer), meeting.mmid());
        api.expectOk(reply, "the cancellation");
    }

    private String accessToken() {
        Token current = token;
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return current.value();
        }
        String credentials = Base64.getEncoder().encodeToString((settings.clientId() + ":" + settings.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=account_credentials&account_id="
                + UriUtils.encodeQueryParam(settings.accountId() == null ? "" : settings.accountId(),
                        StandardCharsets.UTF_8);
        JsonNode answer = oauth.json(oauth.send(HttpMethod.POST, "/oauth/token", MediaType.APPLICATION_FORM_URLENCODED,
                form, h -> h.set("Authorization", "Basic " + credentials)), "a token");
        String value = PlatformHttp.required(answer, "access_token", NAME);
        long lifetime = answer.path("expires_in").asLong(3600);
        // Renewed a minute early so a token never expires between this check and Zoom's.
        token = new Token(value, clock.instant().plusSeconds(Math.max(0, lifetime - 60)));
        return value;
    }
}
