package com.communitysuite.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Looks at the running suite from outside: ports, health endpoints and the Eureka registry. */
public final class Probe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Probe() {
    }

    public static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("localhost", port));
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }

    public static boolean healthy(int port, boolean discovery) {
        String path = discovery ? "/actuator/health" : "/actuator/health/readiness";
        return status("http://localhost:" + port + path) == 200;
    }

    /** The HTTP status of a GET, or -1 when nothing answered. */
    public static int status(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode();
        }
        catch (IOException e) {
            return -1;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Names of the applications with at least one instance UP in Eureka. */
    public static Set<String> registeredApplications(int discoveryPort) {
        Set<String> names = new HashSet<>();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + discoveryPort + "/eureka/apps")).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return names;
            }
            JsonNode applications = JSON.readTree(response.body()).path("applications").path("application");
            for (JsonNode application : applications) {
                for (JsonNode instance : application.path("instance")) {
                    if ("UP".equals(instance.path("status").asString())) {
                        names.add(application.path("name").asString());
                    }
                }
            }
        }
        catch (IOException | RuntimeException e) {
            return names;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return names;
    }
}
