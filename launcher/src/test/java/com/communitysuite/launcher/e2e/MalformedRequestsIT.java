package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.ApiDocuments;
import com.communitysuite.launcher.conformance.ApiOperation;
import com.communitysuite.launcher.conformance.ConformanceRecorder;

import tools.jackson.databind.JsonNode;

/**
 * Malformed requests derived from every documented operation, sent through the gateway by a signed-in user of its
 * surface: path ids out of range or not numbers, SQL and script fragments, junk paging parameters, bodies that are
 * not JSON, not objects, not UTF-8, with fields of the wrong types or huge values. No answer may be a 5xx, and every
 * refusal is in the surface's error shape. The count tried per operation goes into the conformance table.
 *
 * <p>Runs after the domain tests (its junk may create records a list test would see) and before the table is
 * written.
 */
@ExtendWith(RunningSuite.class)
@Order(Integer.MAX_VALUE - 2)
class MalformedRequestsIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath()
            .normalize();
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final List<String> BAD_IDS = List.of("0", "-1", "abc", "99999999999999999999", "1.5",
            "1%27%20OR%20%271%27%3D%271", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    private static final Map<String, Object> JUNK_QUERY = Map.of("page", "abc", "page_size", "-5", "limit", "zz",
            "offset", "-1", "count", "100000000000", "lastId", "'; DROP TABLE x;--", "id", "1e400");
    private static final String HUGE = "长".repeat(20_000);

    private record Variant(String description, Supplier<Gateway.Answer> send) {
    }

    private record Failure(ApiOperation operation, String variant, Gateway.Answer answer) {

        @Override
        public String toString() {
            String body = answer.body() == null ? "" : answer.body();
            return operation.key() + " [" + variant + "] -> " + answer.status() + " "
                    + body.substring(0, Math.min(200, body.length()));
        }
    }

    @Test
    void noMalformedRequestToAnyDocumentedOperationGetsA5xxOrAnAnswerOutsideItsSurfacesShape(Suite suite) {
        Callers callers = new Callers(suite);
        List<Failure> failures = new ArrayList<>();
        int tried = 0;
        for (ApiOperation operation : ApiDocuments.operations(ApiDocuments.directory(REPOSITORY))) {
            List<Variant> variants = variants(operation, callers, suite.gateway());
            for (Variant variant : variants) {
                Gateway.Answer answer = suite.gateway().waitingWhenTold(variant.send());
                if (!acceptable(operation.surface(), answer)) {
                    failures.add(new Failure(operation, variant.description(), answer));
                }
            }
            ConformanceRecorder.recordMalformed(operation.key(), variants.size());
            tried += variants.size();
        }

        assertThat(tried).isGreaterThan(1_000);
        assertThat(failures).as("malformed requests answered with a 5xx or outside the surface's shape").isEmpty();
    }

    /** A signed-in user per surface (the app's signs every request; wx and codes callers have no credentials). */
    private static final class Callers {

        final AppUser app;
        final MpUser mp;
        final CampusUser campus;

        Callers(Suite suite) {
            app = suite.newAppUser();
            mp = suite.newMpUser();
            campus = suite.newCampusUser();
        }
    }

    private static List<Variant> variants(ApiOperation operation, Callers callers, Gateway gateway) {
        String template = operation.gatewayPath();
        List<String> paths = new ArrayList<>();
        if (VARIABLE.matcher(template).find()) {
            BAD_IDS.forEach(id -> paths.add(VARIABLE.matcher(template).replaceAll(Matcher.quoteReplacement(id))));
        }
        String plainPath = VARIABLE.matcher(template).replaceAll("1");
        paths.add(plainPath);
        boolean withBody = operation.method().equals("POST") || operation.method().equals("PUT");
        List<Variant> variants = new ArrayList<>();
        for (String path : paths) {
            variants.add(new Variant(path + " junk query", () -> send(operation, callers, gateway,
                    path, JUNK_QUERY, withBody ? wrongTypes(operation) : null)));
        }
        if (withBody) {
            variants.add(new Variant("huge values", () -> send(operation, callers, gateway, plainPath, Map.of(),
                    huge(operation))));
            for (String raw : List.of("{\"a\":", "[1,2,3]", "\"text\"", "null", "{\"a\":1}}", "")) {
                variants.add(new Variant("body " + raw, () -> sendRaw(operation, callers, gateway, plainPath,
                        raw.getBytes(StandardCharsets.UTF_8), "application/json")));
            }
            variants.add(new Variant("not UTF-8", () -> sendRaw(operation, callers, gateway, plainPath,
                    new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' },
                    "application/json")));
            variants.add(new Variant("form body", () -> sendRaw(operation, callers, gateway, plainPath,
                    "a=%ZZ&b=%E4".getBytes(StandardCharsets.US_ASCII), "application/x-www-form-urlencoded")));
        }
        return variants;
    }

    private static Map<String, Object> wrongTypes(ApiOperation operation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "abc");
        body.put("name", 12345);
        body.put("nickname", List.of(1, 2));
        body.put("title", Map.of("x", 1));
        body.put("page", -1);
        body.put("count", new BigInteger("100000000000000000000000"));
        body.put("startTime", "yesterday");
        body.put("start_time", "2026-13-45 25:61");
        body.put("latitude", "north");
        body.put("email", "not-an-email");
        body.put("mobile", "'; DROP TABLE account;--");
        body.put("content", "<script>alert(1)</script>");
        body.put("avatar", "javascript:alert(1)");
        body.put("type", new BigInteger("99999999999999999999"));
        body.put("status", true);
        codesEnvelope(operation, body);
        return body;
    }

    private static Map<String, Object> huge(ApiOperation operation) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("name", "title", "content", "nickname", "description", "text")) {
            body.put(field, HUGE);
        }
        body.put("ids", java.util.stream.IntStream.range(0, 5_000).boxed().toList());
        codesEnvelope(operation, body);
        return body;
    }

    /** The request-code protocol names its operation in the body. */
    private static void codesEnvelope(ApiOperation operation, Map<String, Object> body) {
        int hash = operation.path().indexOf('#');
        if (hash > 0) {
            body.put("request_code", Integer.parseInt(operation.path().substring(hash + 1)));
            body.put("auth_key", "' OR 1=1 --");
        }
    }

    private static Gateway.Answer send(ApiOperation operation, Callers callers, Gateway gateway, String path,
            Map<String, Object> query, Map<String, Object> body) {
        if (operation.surface().equals("app")) {
            if (body == null) {
                return callers.app.get(path, query);
            }
            // Query parameters would be signed with the body; junk goes in the body's fields instead.
            return callers.app.send(operation.method(), path, body);
        }
        byte[] json = body == null ? null : Gateway.JSON.writeValueAsBytes(body);
        return sendRaw(operation, callers, gateway, path + "?" + queryString(query), json, "application/json");
    }

    private static Gateway.Answer sendRaw(ApiOperation operation, Callers callers, Gateway gateway, String path,
            byte[] body, String contentType) {
        HttpRequest.Builder request = gateway.request(path).method(operation.method(),
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        switch (operation.surface()) {
            case "app" -> request.header("Client-Type", "1").header("Version-Name", "0.1.7")
                    .header("Version-Code", "19").header("Authorization", callers.app.basic());
            case "mp" -> request.header("Authorization", callers.mp.bearer());
            case "campus" -> request.header("Token", callers.campus.token());
            default -> {
            }
        }
        return gateway.send(request.build());
    }

    private static String queryString(Map<String, Object> query) {
        StringBuilder out = new StringBuilder();
        query.forEach((name, value) -> out.append(out.isEmpty() ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)));
        return out.toString();
    }

    /** No 5xx; a refusal is a JSON object in the surface's error shape. */
    private static boolean acceptable(String surface, Gateway.Answer answer) {
        if (answer.status() >= 500) {
            return false;
        }
        if (answer.status() < 400 || answer.status() == 429) {
            return true;
        }
        JsonNode body;
        try {
            body = answer.json();
        }
        catch (RuntimeException notJson) {
            return false;
        }
        if (body == null || !body.isObject()) {
            return false;
        }
        return switch (surface) {
            case "app" -> body.has("status") && body.has("message");
            case "mp", "campus" -> body.size() > 0;
            case "wx" -> body.has("code") && body.has("msg");
            case "codes" -> body.has("code") && body.has("contents");
            default -> false;
        };
    }
}
