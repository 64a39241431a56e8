package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.ApiDocuments;
import com.communitysuite.launcher.conformance.ApiOperation;

/**
 * The first row of the authorization matrix, for every documented operation that changes something: a caller
 * without credentials is refused (400 for a request the surface cannot even authenticate, 401, 403), never served,
 * except by the documented sign-in endpoints and the H5 share pages (read by POST, open to any web visitor), which
 * exist for exactly that caller.
 */
@ExtendWith(RunningSuite.class)
@Order(Integer.MAX_VALUE - 2)
class AnonymousCallersIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath()
            .normalize();
    /** The documents' operations for callers who have no credentials yet. */
    private static final Set<String> FOR_ANONYMOUS_CALLERS = Set.of("app POST /account/captcha",
            "app POST /account/login/captcha", "mp POST /mp/login/", "mp POST /mp/refresh/",
            "campus POST /campus/userLogin/", "campus POST /campus/adminLogIn/", "campus POST /campus/refresh/");

    @Test
    void noOperationThatChangesSomethingServesACallerWithoutCredentials(Suite suite) throws IOException {
        Set<String> notBuilt = pending();
        List<String> served = new ArrayList<>();
        int tried = 0;
        for (ApiOperation operation : ApiDocuments.operations(ApiDocuments.directory(REPOSITORY))) {
            if (operation.method().equals("GET") || FOR_ANONYMOUS_CALLERS.contains(operation.key())
                    || operation.path().startsWith("/h5/")) {
                continue;
            }
            String path = operation.path().replaceFirst("#.*$", "").replaceAll("\\{[^}]+}", "1");
            if (operation.surface().equals("wx") && !path.startsWith("/activitys_for_wx/")) {
                path = "/api/v3" + path;
            }
            String body = operation.surface().equals("codes")
                    ? "{\"request_code\":" + operation.path().substring(operation.path().indexOf('#') + 1) + "}"
                    : "{\"id\":1,\"name\":\"x\"}";
            HttpRequest.Builder request = suite.gateway().request(path).header("Content-Type", "application/json")
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
            if (operation.surface().equals("app")) {
                request.header("Client-Type", "1").header("Version-Name", "0.1.7").header("Version-Code", "19");
            }
            Gateway.Answer answer = withinRateLimits(suite.gateway(), request.build());
            tried++;
            Set<Integer> refusals = notBuilt.contains(operation.key()) ? Set.of(400, 401, 403, 404, 405)
                    : Set.of(400, 401, 403);
            if (!refusals.contains(answer.status())) {
                served.add(operation.key() + " -> " + answer);
            }
        }

        assertThat(tried).isGreaterThan(80);
        assertThat(served).as("operations that served a caller without credentials").isEmpty();
    }

    /** Anonymous callers share one rate limit per address: a client told to wait (429, Retry-After) asks again. */
    private static Gateway.Answer withinRateLimits(Gateway gateway, HttpRequest request) {
        Gateway.Answer answer = gateway.send(request);
        for (int retry = 0; retry < 5 && answer.status() == 429; retry++) {
            long seconds = answer.response().headers().firstValueAsLong("Retry-After").orElse(1);
            java.time.Instant retryAt = java.time.Instant.now().plusSeconds(seconds);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(seconds + 2))
                    .pollInterval(java.time.Duration.ofMillis(100))
                    .until(() -> !java.time.Instant.now().isBefore(retryAt));
            answer = gateway.send(request);
        }
        return answer;
    }

    private static Set<String> pending() throws IOException {
        Path file = REPOSITORY.resolve("docs/conformance-pending.txt");
        return Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toSet());
    }
}
