package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user of the native app, making requests as the app document says: {@code Client-Type}, {@code Version-Name},
 * {@code Version-Code} headers, {@code Authorization: Basic base64(uid:accessToken)}, and {@code ts} and {@code sign}
 * (in the JSON body of a POST/PUT/DELETE, in the query of a GET) made with the session's {@code accessSecret}.
 */
public final class AppUser {

    /** The document's secret for requests made before sign-in. */
    public static final String DEFAULT_SECRET = "Hx!0k!K}5E.]EoP";
    private static final JsonMapper SORTED_JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final Gateway gateway;
    private final String phone;
    private final String uid;
    private final String accessToken;
    private final String accessSecret;

    private AppUser(Gateway gateway, String phone, String uid, String accessToken, String accessSecret) {
        this.gateway = gateway;
        this.phone = phone;
        this.uid = uid;
        this.accessToken = accessToken;
        this.accessSecret = accessSecret;
    }

    static AppUser signUp(Gateway gateway, Suite suite, String mobile) {
        AppUser anonymous = new AppUser(gateway, mobile, null, null, DEFAULT_SECRET);
        Gateway.Answer sent = anonymous.post("/account/captcha", Map.of("countryCode", "86", "mobile", mobile));
        assertThat(sent.json().path("status").asInt()).as(sent.toString()).isEqualTo(1);
        String code = suite.awaitOutboxMessage("sms", "+86" + mobile).get("code").asString();
        Gateway.Answer login = anonymous.post("/account/login/captcha",
                Map.of("countryCode", "86", "mobile", mobile, "captcha", code));
        assertThat(login.json().path("status").asInt()).as(login.toString()).isEqualTo(1);
        JsonNode session = login.json().get("result");
        return new AppUser(gateway, mobile, session.get("uid").asString(), session.get("accessToken").asString(),
                session.get("accessSecret").asString());
    }

    public String uid() {
        return uid;
    }

    public String phone() {
        return phone;
    }

    public String accessToken() {
        return accessToken;
    }

    public String accessSecret() {
        return accessSecret;
    }

    public Gateway.Answer get(String path) {
        return get(path, Map.of());
    }

    /** A GET with the query parameters, {@code ts} and {@code sign} in the query. */
    public Gateway.Answer get(String path, Map<String, ?> query) {
        Map<String, Object> parameters = signed(query);
        String queryString = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(text(e.getValue())))
                .collect(Collectors.joining("&"));
        return gateway.send(headers(gateway.request(path + (path.contains("?") ? "&" : "?") + queryString))
                .GET().build());
    }

    public Gateway.Answer post(String path, Map<String, ?> body) {
        return send("POST", path, body);
    }

    public Gateway.Answer put(String path, Map<String, ?> body) {
        return send("PUT", path, body);
    }

    public Gateway.Answer delete(String path, Map<String, ?> body) {
        return send("DELETE", path, body);
    }

    /** A request with a JSON body of the fields plus {@code ts} and {@code sign}. */
    public Gateway.Answer send(String method, String path, Map<String, ?> body) {
        String json = SORTED_JSON.writeValueAsString(signed(body));
        return gateway.send(headers(gateway.request(path)).header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The {@code Authorization} header value of this user's session. */
    public String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((uid + ":" + accessToken)
                .getBytes(StandardCharsets.UTF_8));
    }

    private java.net.http.HttpRequest.Builder headers(java.net.http.HttpRequest.Builder request) {
        request.header("Client-Type", "1").header("Version-Name", "0.1.7").header("Version-Code", "19");
        if (uid != null) {
            request.header("Authorization", basic());
        }
        return request;
    }

    private Map<String, Object> signed(Map<String, ?> fields) {
        Map<String, Object> parameters = new LinkedHashMap<>(fields);
        parameters.put("ts", System.currentTimeMillis());
        parameters.put("sign", sign(parameters, accessSecret));
        return parameters;
    }

    /**
     * The document's sign: every parameter but {@code sign}, sorted by key, as {@code key=value} joined by
     * {@code $$$}, then {@code $$$accessSecret=<secret>}, MD5 in lowercase hex. Arrays and objects are written as
     * compact JSON with sorted keys, null as empty.
     */
    public static String sign(Map<String, ?> parameters, String secret) {
        String joined = new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> !e.getKey().equals("sign"))
                .map(e -> e.getKey() + "=" + text(e.getValue()))
                .collect(Collectors.joining("$$$")) + "$$$accessSecret=" + secret;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?> || value instanceof Object[]) {
            return SORTED_JSON.writeValueAsString(value);
        }
        return value.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
