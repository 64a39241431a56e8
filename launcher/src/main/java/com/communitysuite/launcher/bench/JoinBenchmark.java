package com.communitysuite.launcher.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Joins through the gateway (request code 10305 at {@code /activity/join}) against a running suite: as many app
 * users as attempts sign in with the captcha the local profile writes to {@code var/outbox/sms.jsonl}, one of them
 * publishes an activity with a capacity (10301, 10302), then every user tries to join it once, all at the same
 * time (a bounded number in flight). A first round on an activity of its own warms the JVMs up; the second is
 * measured. Prints the attempts per second, the latency percentiles and how many got in.
 *
 * <p>Usage: {@code bin/benchmark join} with the suite up. The local suite's limits are meant for people, not for a
 * load test: start it with {@code ACCOUNT_CAPTCHA_PERIPHOUR=100000} (2,000 sign-ups from one address),
 * {@code SUITE_GATEWAY_RATELIMIT_PERADDRESSPERSECOND=100000} (one client address) and
 * {@code SUITE_GATEWAY_RATELIMIT_PERCALLERPERSECOND=100000} (the sign-ups are one anonymous caller). System properties:
 * {@code benchmark.gateway} (default {@code http://localhost:8080}), {@code benchmark.var} (default {@code var}),
 * {@code benchmark.attempts} (2000), {@code benchmark.capacity} (100), {@code benchmark.in-flight} (64).
 */
public final class JoinBenchmark {

    private static final String DEFAULT_SECRET = "Hx!0k!K}5E.]EoP";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4))
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final Path smsOutbox;
    private final int inFlight;

    private JoinBenchmark(String gateway, Path var, int inFlight) {
        this.gateway = gateway;
        this.smsOutbox = var.resolve("outbox").resolve("sms.jsonl");
        this.inFlight = inFlight;
    }

    /**
     * An app user's session: the codes protocol's credentials (the phone and the session's access token) and the
     * app surface's (uid, token, the secret that signs requests).
     */
    private record User(String phone, String uid, String authKey, String accessSecret) {
    }

    public static void main(String[] args) throws Exception {
        String gateway = System.getProperty("benchmark.gateway", "http://localhost:8080");
        Path var = Path.of(System.getProperty("benchmark.var", "var"));
        run(gateway, var);
        // The HTTP client's threads would keep the JVM alive.
        System.exit(0);
    }

    /**
     * The join rounds, then the invite-to-inbox latency, against the suite at {@code gateway} whose local outbox is
     * under {@code var}; prints both tables.
     */
    static void run(String gateway, Path var) throws Exception {
        int attempts = Integer.getInteger("benchmark.attempts", 2000);
        int capacity = Integer.getInteger("benchmark.capacity", 100);
        int inFlight = Integer.getInteger("benchmark.in-flight", 64);
        int invitations = Integer.getInteger("benchmark.invitations", 1000);
        JoinBenchmark benchmark = new JoinBenchmark(gateway, var, inFlight);
        List<User> users = benchmark.run(attempts, capacity);
        benchmark.inviteLatency(users.subList(0, Math.min(users.size(), invitations + 1)));
    }

    private List<User> run(int attempts, int capacity) throws Exception {
        System.out.printf("Signing up %d app users through %s ...%n", attempts + 1, gateway);
        long started = System.nanoTime();
        List<User> users = signUp(attempts + 1);
        System.out.printf("Signed up in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        User owner = users.get(0);
        List<User> joiners = users.subList(1, users.size());

        Round warmUp = round(owner, joiners, capacity);
        Round measured = round(owner, joiners, capacity);
        System.out.println();
        System.out.println("| round | attempts | in flight | joined (10352) | full (10353) | other | attempts/s | p50 ms | p99 ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        System.out.println(warmUp.row("warm-up (own activity)", inFlight));
        System.out.println(measured.row("measured", inFlight));
        System.out.printf("%nCapacity %d: %s.%n", capacity, measured.count("10352") == capacity
                ? "exactly " + capacity + " joined" : measured.count("10352") + " joined, NOT the capacity");
        return users;
    }

    /**
     * Invite-to-inbox latency through the whole pipeline: the first user opens a room and invites each of the others
     * (each had sent them a card, which an invitation needs); club-room-service commits the invitation and its
     * {@code room.invited} event to its outbox, the relay sends it to Kafka, notification-service consumes it and
     * writes an inbox message, and the invitee's unread count, read through the gateway, shows it. A first pass
     * invites everyone untimed (club-room-service's copy of the cards must have caught up); the second pass is
     * measured, one invitation at a time: from the invitation's answer until the count shows it.
     */
    private void inviteLatency(List<User> users) throws Exception {
        User inviter = users.get(0);
        List<User> invitees = users.subList(1, users.size());
        parallel(users, user -> sessionCall(user, "POST", "/user/profile/init", Map.of("nickname",
                "bench" + user.phone().substring(7), "avatar", "https://cdn.example/bench.jpg")));
        parallel(invitees, user -> sessionCall(user, "POST", "/user/" + inviter.uid() + "/card", Map.of()));
        JsonNode room = sessionCall(inviter, "POST", "/room", Map.of("name", "benchmark"));
        String roomId = room.path("result").path("roomId").asString();
        if (roomId.isEmpty()) {
            throw new IllegalStateException("room not opened: " + room);
        }
        Map<String, Integer> unread = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (User invitee : invitees) {
            while (unread.getOrDefault(invitee.uid(), 0) == 0) {
                sessionCall(inviter, "POST", "/room/" + roomId + "/invite/" + invitee.uid(), Map.of());
                unread.put(invitee.uid(), awaitUnread(invitee, 0, Duration.ofSeconds(5)));
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("invitations did not reach the inbox within 3 minutes");
                }
            }
        }
        List<Long> latencies = new ArrayList<>();
        for (User invitee : invitees) {
            int before = sessionCall(invitee, "GET", "/user/message/unread_total", Map.of()).path("result").asInt();
            sessionCall(inviter, "POST", "/room/" + roomId + "/invite/" + invitee.uid(), Map.of());
            long answered = System.nanoTime();
            if (awaitUnread(invitee, before, Duration.ofSeconds(30)) <= before) {
                throw new IllegalStateException("an invitation did not reach the inbox within 30 s");
            }
            latencies.add(System.nanoTime() - answered);
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.println();
        System.out.println("| invite to inbox | invitations | p50 ms | p99 ms | max ms |");
        System.out.println("| --- | --- | --- | --- | --- |");
        System.out.printf(java.util.Locale.ROOT, "| club-room-service -> outbox -> Kafka -> notification-service -> "
                + "unread count through the gateway | %d | %.0f | %.0f | %.0f |%n", sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.min(sorted.size() - 1,
                        Math.ceil(sorted.size() * 0.99) - 1)) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }

    /** The user's unread count once it is above {@code before}, or what it is when the time is up. */
    private int awaitUnread(User user, int before, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        int now = before;
        while (now <= before && System.nanoTime() < deadline) {
            Thread.sleep(5);
            now = sessionCall(user, "GET", "/user/message/unread_total", Map.of()).path("result").asInt();
        }
        return now;
    }

    /** An app request of the user's session: Basic uid:token, {@code ts} and {@code sign} with their secret. */
    private JsonNode sessionCall(User user, String method, String path, Map<String, String> fields) throws Exception {
        Map<String, String> parameters = new TreeMap<>(fields);
        parameters.put("ts", Long.toString(System.currentTimeMillis()));
        String joined = parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("$$$")) + "$$$accessSecret=" + user.accessSecret();
        parameters.put("sign", md5(joined));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path
                + (method.equals("GET") ? "?" + parameters.entrySet().stream()
                        .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")) : "")))
                .timeout(Duration.ofSeconds(30)).header("Client-Type", "1").header("Version-Name", "0.1.7")
                .header("Version-Code", "19").header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user.uid() + ":" + user.authKey()).getBytes(StandardCharsets.UTF_8)));
        if (method.equals("GET")) {
            request.GET();
        }
        else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(parameters)));
        }
        return JSON.readTree(client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** A new activity of that capacity, and every user's one attempt to join it, at once. */
    private Round round(User owner, List<User> joiners, int capacity) throws Exception {
        long activityId = publish(owner, capacity);
        Semaphore slots = new Semaphore(inFlight);
        Map<String, Integer> codes = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long started = System.nanoTime();
        for (User user : joiners) {
            slots.acquire();
            long sent = System.nanoTime();
            String body = JSON.writeValueAsString(Map.of("type", "10305", "username", user.phone(), "auth_key",
                    user.authKey(), "acid", Long.toString(activityId), "registerid", user.phone()));
            pending.add(client.sendAsync(post("/activity/join", body), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        slots.release();
                        latencies.add(System.nanoTime() - sent);
                        String code = failure != null ? "no answer" : codeOf(response);
                        codes.merge(code, 1, Integer::sum);
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return new Round(joiners.size(), System.nanoTime() - started, codes, List.copyOf(latencies));
    }

    private record Round(int attempts, long elapsedNanos, Map<String, Integer> codes, List<Long> latencies) {

        int count(String code) {
            return codes.getOrDefault(code, 0);
        }

        double percentile(double p) {
            List<Long> sorted = latencies.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())))
                    / 1e6;
        }

        String row(String name, int inFlight) {
            int other = attempts - count("10352") - count("10353");
            String others = codes.entrySet().stream().filter(e -> !e.getKey().equals("10352")
                    && !e.getKey().equals("10353")).map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            return String.format("| %s | %d | %d | %d | %d | %d%s | %.0f | %.1f | %.1f |", name, attempts, inFlight,
                    count("10352"), count("10353"), other, others.isEmpty() ? "" : " (" + others + ")",
                    attempts / (elapsedNanos / 1e9), percentile(0.5), percentile(0.99));
        }
    }

    private long publish(User owner, int capacity) throws Exception {
        String title = "bench-" + (System.currentTimeMillis() % 100_000_000);
        JsonNode created = sendExpecting("/activity/create", Map.of("type", "10301", "username", owner.phone(),
                "auth_key", owner.authKey(), "title", title, "images", List.of()), "10313");
        long id = created.get("contents").get("acID").asLong();
        LocalDateTime start = LocalDateTime.now(BEIJING).plusDays(1).withNano(0);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", "10302");
        details.put("username", owner.phone());
        details.put("auth_key", owner.authKey());
        details.put("acid", Long.toString(id));
        details.put("actitle", title);
        details.put("startT", start.format(TIME));
        details.put("endT", start.plusHours(4).format(TIME));
        details.put("joinT", start.minusHours(1).format(TIME));
        details.put("loaction", "benchmark");
        details.put("free", "1");
        details.put("content", "A benchmark activity: every user tries to join it once.");
        details.put("maxp", Integer.toString(capacity));
        sendExpecting("/activity/create", details, "10323");
        return id;
    }

    /** Captchas for every phone first, then the codes from the SMS outbox read once, then every sign-in. */
    private List<User> signUp(int count) throws Exception {
        long base = 13_000_000_000L + (System.currentTimeMillis() % 100_000) * 10_000;
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            phones.add(Long.toString(base + i));
        }
        parallel(phones, phone -> signedPost("/account/captcha", Map.of("countryCode", "86", "mobile", phone)));
        Map<String, String> codes = awaitCodes(phones);
        List<User> users = new ArrayList<>(parallel(phones, phone -> {
            JsonNode login = signedPost("/account/login/captcha", Map.of("countryCode", "86", "mobile", phone,
                    "captcha", codes.get(phone)));
            JsonNode session = login.path("result");
            return new User(phone, session.path("uid").asString(), session.path("accessToken").asString(),
                    session.path("accessSecret").asString());
        }));
        return users;
    }

    private Map<String, String> awaitCodes(List<String> phones) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            Map<String, String> codes = new HashMap<>();
            if (Files.exists(smsOutbox)) {
                for (String line : Files.readAllLines(smsOutbox)) {
                    JsonNode message = JSON.readTree(line);
                    codes.put(message.path("to").asString().replaceFirst("^\\+86", ""), message.path("code")
                            .asString());
                }
            }
            if (phones.stream().allMatch(codes::containsKey)) {
                return codes;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Captchas missing from " + smsOutbox + ": is the suite's var there?");
            }
            Thread.sleep(500);
        }
    }

    /** Applies the call to every item with the benchmark's number in flight; the answers in the items' order. */
    private <T, R> List<R> parallel(List<T> items, CheckedFunction<T, R> call) throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> call.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
        finally {
            pool.shutdown();
        }
    }

    @FunctionalInterface
    private interface CheckedFunction<T, R> {
        R apply(T item) throws Exception;
    }

    /**
     * An app request signed with the document's default secret (sign-in needs no session yet), sent again with a
     * fresh {@code ts} and {@code sign} while it is not answered with {@code status: 1}: under load the gateway
     * answered some of these 404 or 429, and sign-up is only the benchmark's set-up.
     */
    private JsonNode signedPost(String path, Map<String, String> fields) throws Exception {
        JsonNode answer = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            answer = signedPostOnce(path, fields);
            if (answer.path("status").asInt() == 1) {
                return answer;
            }
            Thread.sleep(200L * (attempt + 1));
        }
        throw new IllegalStateException(path + " kept failing: " + answer);
    }

    private JsonNode signedPostOnce(String path, Map<String, String> fields) throws Exception {
        Map<String, String> parameters = new TreeMap<>(fields);
        parameters.put("ts", Long.toString(System.currentTimeMillis()));
        String joined = parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("$$$")) + "$$$accessSecret=" + DEFAULT_SECRET;
        parameters.put("sign", md5(joined));
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Client-Type", "1")
                .header("Version-Name", "0.1.7").header("Version-Code", "19")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(parameters))).build();
        return JSON.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode send(String path, Map<String, ?> body) throws IOException, InterruptedException {
        return JSON.readTree(client.send(post(path, JSON.writeValueAsString(body)), HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String codeOf(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body()).path("code").asString("HTTP " + response.statusCode());
        }
        catch (RuntimeException e) {
            return "HTTP " + response.statusCode();
        }
    }

    /** A set-up request, sent again while the gateway answers it with its fallback (as after the sign-up load). */
    private JsonNode sendExpecting(String path, Map<String, ?> body, String code) throws Exception {
        JsonNode answer = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            answer = send(path, body);
            if (code.equals(answer.path("code").asString())) {
                return answer;
            }
            Thread.sleep(500L * (attempt + 1));
        }
        throw new IllegalStateException("expected " + code + ", got " + answer);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
