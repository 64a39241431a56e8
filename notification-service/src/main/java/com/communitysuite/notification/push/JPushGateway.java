package com.communitysuite.notification.push;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.communitysuite.notification.support.Json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * JPush REST API v3 {@code POST /v3/push}: {@code Authorization: Basic base64(appKey:masterSecret)}, the
 * registration ids as audience. Error codes 1000 (internal), 1030 (timeout) and 2002 (rate limit; JPush says when
 * the window resets in {@code X-Rate-Limit-Reset}) are passing, 1011 (no device matches) means the ids are dead,
 * anything else is a refusal.
 */
public class JPushGateway implements PushGateway {

    private static final Log log = LogFactory.getLog(JPushGateway.class);
    private static final Set<Integer> PASSING = Set.of(1000, 1030, 2002);
    private static final int NO_DEVICE = 1011;

    private final RestClient http;
    private final boolean apnsProduction;

    public JPushGateway(PushProperties.JPush settings) {
        if (settings.appKey() == null || settings.appKey().isBlank() || settings.masterSecret() == null
                || settings.masterSecret().isBlank()) {
            throw new IllegalStateException("notification.push.jpush.app-key and master-secret are required");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.http = RestClient.builder().baseUrl(settings.baseUrl()).requestFactory(requests)
                .defaultHeader("Authorization", basic(settings.appKey(), settings.masterSecret())).build();
        this.apnsProduction = settings.apnsProduction();
    }

    static String basic(String appKey, String masterSecret) {
        return "Basic " + Base64.getEncoder().encodeToString((appKey + ":" + masterSecret)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public PushResult push(PushNotification notification, List<PushDevice> devices) {
        String body = Json.write(JPushPayload.of(notification, devices, apnsProduction));
        try {
            return http.post().uri("/v3/push").contentType(MediaType.APPLICATION_JSON).body(body)
                    .exchange((request, response) -> {
                        String reply = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                        int status = response.getStatusCode().value();
                        return answer(status, reply, response.getHeaders().getFirst("X-Rate-Limit-Reset"), devices);
                    });
        }
        catch (RestClientException e) {
            log.warn("JPush unreachable: " + e.getClass().getSimpleName());
            return new TryAgain("JPush unreachable: " + e.getClass().getSimpleName(), null);
        }
    }

    private static PushResult answer(int status, String reply, String rateLimitReset, List<PushDevice> devices) {
        JsonNode json;
        try {
            json = Json.read(reply.isBlank() ? "{}" : reply);
        }
        catch (JacksonException e) {
            json = Json.read("{}");
        }
        if (status == 200) {
            return new Delivered(json.path("msg_id").asString(""));
        }
        int code = json.path("error").path("code").asInt(0);
        String message = json.path("error").path("message").asString("HTTP " + status);
        if (code == NO_DEVICE) {
            return new DeadDevices(devices.stream().map(PushDevice::registrationId).toList());
        }
        if (PASSING.contains(code) || (code == 0 && status >= 500)) {
            Duration after = null;
            if (code == 2002 && rateLimitReset != null && rateLimitReset.matches("\\d{1,6}")) {
                after = Duration.ofSeconds(Long.parseLong(rateLimitReset));
            }
            return new TryAgain("JPush " + code + ": " + message, after);
        }
        return new Refused("JPush " + code + " (HTTP " + status + "): " + message);
    }
}
