package com.communitysuite.meeting.conferencing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

/**
 * WeLink meetings on Huawei Cloud Meeting: an App ID token for the host ({@code POST /v2/usg/acs/auth/appauth}, kept
 * per host until shortly before it expires), then {@code POST /v1/mmc/management/conferences} to book (start in
 * UTC, length in minutes, HD video, cloud recording when asked) and {@code DELETE ...?conferenceID=&type=1} to
 * cancel (integrations.md 7c; the request bodies are the original's).
 */
class WeLinkMeetingPlatform implements MeetingPlatform {

    static final String NAME = "welink";
    private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);
    private static final long TOKEN_SECONDS = 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConferencingProperties.Welink settings;
    private final PlatformHttp http;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAt) {
    }

    WeLinkMeetingPlatform(ConferencingProperties.Welink settings, Clock clock) {
        this.settings = settings;
        this.http = new PlatformHttp(NAME, settings.baseUrl());
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
        body.put("subject", booking.topic());
        body.put("mediaTypes", "HDVideo");
        body.put("startTime", START_TIME.format(booking.startsAt()));
        body.put("length", booking.minutes());
        body.put("isAutoMute", 1);
        if (booking.cloudRecording()) {
            body.put("isAutoRecord", 1);
            body.put("recordType", 2);
        }
        body.put("confConfigInfo", Map.of("isSendNotify", false, "isSendSms", false, "isSendCalendar", false));
        String token = accessToken(host);
        JsonNode answer = http.json(http.send(HttpMethod.POST, "/v1/mmc/management/conferences",
                MediaType.APPLICATION_JSON, PlatformHttp.write(body), h -> h.set("X-Access-Token", token)),
                "the meeting");
        JsonNode conference = answer.isArray() ? answer.path(0) : answer;
        return new BookedMeeting(PlatformHttp.required(conference, "conferenceID", NAME), null,
                PlatformHttp.required(conference, "guestJoinUri", NAME));
    }

    @Override
    public void cancel(String host, BookedMeeting meeting) {
        String token = accessToken(host);
        http.expectOk(http.send(HttpMethod.DELETE, "/v1/mmc/management/conferences?conferenceID=" + meeting.mid()
                + "&type=1", null, null, h -> h.set("X-Access-Token", token)), "the cancellation");
    }

    private String accessToken(String host) {
        Token current = tokens.get(host);
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return current.value();
        }
        long expireTime = clock.instant().getEpochSecond() + TOKEN_SECONDS;
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String nonce = HexFormat.of().formatHex(random);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appId", settings.appId());
        body.put("clientType", 72);
        body.put("expireTime", expireTime);
        body.put("nonce", nonce);
        body.put("userId", host);
        String authorization = HuaweiAppAuth.authorization(settings.appId(), settings.appKey(), host, expireTime,
                nonce);
        JsonNode answer = http.json(http.send(HttpMethod.POST, "/v2/usg/acs/auth/appauth",
                MediaType.parseMediaType("application/json; charset=UTF-8"), PlatformHttp.write(body),
                h -> h.set("Authorization", authorization)), "a token");
        String value = PlatformHttp.required(answer, "accessToken", NAME);
        tokens.put(host, new Token(value, clock.instant().plusSeconds(TOKEN_SECONDS - 60)));
        return value;
    }
}
