package com.communitysuite.meeting.conferencing;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

/**
 * Tencent Meeting's REST API with an enterprise self-built app's AK/SK signature: {@code POST /v1/meetings} books a
 * scheduled meeting for the host ({@code userid}), {@code POST /v1/meetings/{meeting_id}/cancel} cancels it
 * (integrations.md 7b; the request bodies are the original's).
 */
class TencentMeetingPlatform implements MeetingPlatform {

    static final String NAME = "tencent";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConferencingProperties.Tencent settings;
    private final PlatformHttp http;
    private final Clock clock;

    TencentMeetingPlatform(ConferencingProperties.Tencent settings, Clock clock) {
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
        Map<String, Object> meetingSettings = new LinkedHashMap<>();
        meetingSettings.put("mute_enable_join", true);
        if (booking.cloudRecording()) {
            meetingSettings.put("auto_record_type", "cloud");
            meetingSettings.put("participant_join_auto_record", true);
            meetingSettings.put("enable_host_pause_auto_record", true);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userid", host);
        body.put("instanceid", 1);
        body.put("subject", booking.topic());
        body.put("type", 0);
        body.put("start_time", Long.toString(booking.startsAt().getEpochSecond()));
        body.put("end_time", Long.toString(booking.endsAt().getEpochSecond()));
        if (settings.hostKey() != null && !settings.hostKey().isBlank()) {
            body.put("enable_host_key", true);
            body.put("host_key", settings.hostKey());
        }
        body.put("settings", meetingSettings);
        JsonNode answer = http.json(signed(HttpMethod.POST, "/v1/meetings", PlatformHttp.write(body)), "the meeting");
        JsonNode meeting = answer.path("meeting_info_list").path(0);
        return new BookedMeeting(PlatformHttp.required(meeting, "meeting_code", NAME),
                PlatformHttp.required(meeting, "meeting_id", NAME), PlatformHttp.required(meeting, "join_url", NAME));
    }

    @Override
    public void cancel(String host, BookedMeeting meeting) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userid", host);
        body.put("instanceid", 1);
        body.put("reason_code", 1);
        http.expectOk(signed(HttpMethod.POST, "/v1/meetings/" + meeting.mmid() + "/cancel", PlatformHttp.write(body)),
                "the cancellation");
    }

    private PlatformHttp.Reply signed(HttpMethod method, String uri, String body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = Integer.toString(1 + RANDOM.nextInt(Integer.MAX_VALUE - 1));
        String signature = TencentSignature.sign(settings.secretId(), settings.secretKey(), nonce, timestamp,
                method.name(), uri, body);
        return http.send(method, uri, MediaType.APPLICATION_JSON, body, (HttpHeaders h) -> {
            h.set("X-TC-Key", settings.secretId());
            h.set("X-TC-Timestamp", timestamp);
            h.set("X-TC-Nonce", nonce);
            h.set("X-TC-Signature", signature);
            h.set("AppId", settings.appId());
            if (settings.sdkId() != null && !settings.sdkId().isBlank()) {
                h.set("SdkId", settings.sdkId());
            }
            h.set("X-TC-Registered", "1");
        });
    }
}
