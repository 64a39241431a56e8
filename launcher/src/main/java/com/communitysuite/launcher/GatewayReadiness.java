package com.communitysuite.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * When the gateway routes: its load balancer knows an instance of every routed service
 * ({@code /actuator/health/routing}), and a path of each route family that needs no credentials is answered by its
 * service, not by the gateway (the gateway's own answers carry {@value #GATEWAY_ANSWER}; a service's 401, 404 or 405
 * counts, a gateway's 503 does not). Route families that need credentials (an app session, a token, an organization
 * key) are covered by the load-balancer check alone.
 */
final class GatewayReadiness {

    static final String GATEWAY_ANSWER = "Suite-Gateway-Answer";
    /** The app document's secret for requests made before login. */
    private static final String APP_DEFAULT_SECRET = "Hx!0k!K}5E.]EoP";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String gateway;

    GatewayReadiness(String gateway) {
        this.gateway = gateway;
    }

    /** One request per route family that needs no credentials, by the service that answers it. */
    private List<Probe> probes() {
        return List.of(
                new Probe("meeting-service (mp)", () -> get("/mp/ping/").build()),
                new Probe("account-service (mp)", () -> get("/mp/login/").build()),
                new Probe("activity-service (mp)", () -> get("/mp/activities/").build()),
                new Probe("account-service (campus)", () -> get("/campus/userLogin/").build()),
                new Probe("user-service (app)", () -> app("/app/version/upgrade").build()),
                new Probe("club-room-service (app)", () -> app("/h5/").build()),
                new Probe("account-service (app)", this::signedBeforeLogin));
    }

    private record Probe(String routeFamily, Supplier<HttpRequest> request) {
    }

    /** Route families not yet answered by their service; empty when the gateway routes them all. */
    List<String> notRouted() {
        List<String> waiting = new ArrayList<>();
        if (status(get("/actuator/health/routing").build()) != 200) {
            waiting.add("the gateway's load balancer (an instance of every service)");
            return waiting;
        }
        for (Probe probe : probes()) {
            if (!answeredByService(probe.request().get())) {
                waiting.add(probe.routeFamily());
            }
        }
        return waiting;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(3));
    }

    private HttpRequest.Builder app(String path) {
        return get(path).header("Client-Type", "1").header("Version-Name", "0").header("Version-Code", "0");
    }

    /** A GET of the captcha endpoint, signed as before login: account-service answers it (405), nothing is sent. */
    private HttpRequest signedBeforeLogin() {
        String ts = Long.toString(System.currentTimeMillis());
        return app("/account/captcha?ts=" + ts + "&sign=" + md5("ts=" + ts + "$$$accessSecret=" + APP_DEFAULT_SECRET))
                .build();
    }

    private static boolean answeredByService(HttpRequest request) {
        try {
            HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue(GATEWAY_ANSWER).isEmpty();
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int status(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (IOException e) {
            return -1;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(
                    StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
