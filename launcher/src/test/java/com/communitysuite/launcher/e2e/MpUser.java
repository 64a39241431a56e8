package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** A user of the meeting mini-program: a WeChat sign-in (the local stand-in takes the code as the openid). */
public final class MpUser {

    private final Gateway gateway;
    private final JsonNode login;
    private volatile String access;

    private MpUser(Gateway gateway, JsonNode login, String access) {
        this.gateway = gateway;
        this.login = login;
        this.access = access;
    }

    static MpUser signUp(Gateway gateway, String code) {
        Gateway.Answer login = gateway.post("/mp/login/", "{\"code\":\"" + code + "\"}");
        assertThat(login.status()).as(login.toString()).isEqualTo(201);
        MpUser user = new MpUser(gateway, login.json(), login.json().get("access").asString());
        Gateway.Answer agreed = user.put("/mp/agree/", null);
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
        return user;
    }

    /** What {@code /mp/login/} answered (its {@code user_id}, {@code level}, ...). */
    public JsonNode login() {
        return login;
    }

    public long userId() {
        return login.get("user_id").asLong();
    }

    public String bearer() {
        return "Bearer " + access;
    }

    public Gateway.Answer get(String path) {
        return gateway.get(path, "Authorization", bearer());
    }

    public Gateway.Answer post(String path, String json) {
        return keepAccess(gateway.post(path, json, "Authorization", bearer()));
    }

    public Gateway.Answer put(String path, String json) {
        return keepAccess(gateway.put(path, json, "Authorization", bearer()));
    }

    public Gateway.Answer delete(String path) {
        return keepAccess(gateway.delete(path, "Authorization", bearer()));
    }

    /** As the mini-program does: a mutating answer's {@code access} replaces the token it holds. */
    private Gateway.Answer keepAccess(Gateway.Answer answer) {
        if (answer.status() / 100 == 2 && answer.body() != null && answer.body().startsWith("{")) {
            JsonNode renewed = answer.json().get("access");
            if (renewed != null && renewed.isString() && !renewed.asString().isBlank()) {
                access = renewed.asString();
            }
        }
        return answer;
    }
}
