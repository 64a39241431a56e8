package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** A user of the campus platform, or one of its super users, with the token its sign-in answered. */
public final class CampusUser {

    private final Gateway gateway;
    private final JsonNode login;
    private final String token;

    private CampusUser(Gateway gateway, JsonNode login, String token) {
        this.gateway = gateway;
        this.login = login;
        this.token = token;
    }

    static CampusUser signUp(Gateway gateway, String code) {
        Gateway.Answer login = gateway.post("/campus/userLogin/", "{\"code\":\"" + code + "\"}");
        assertThat(login.status()).as(login.toString()).isBetween(200, 201);
        return new CampusUser(gateway, login.json(), login.json().get("token").asString());
    }

    static CampusUser admin(Gateway gateway, String username, String password) {
        Gateway.Answer login = gateway.post("/campus/adminLogIn/",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(login.json().path("success").asString()).as(login.toString()).isEqualTo("true");
        return new CampusUser(gateway, login.json(), login.json().get("token").asString());
    }

    /** What the sign-in answered ({@code id}, {@code token}, ...). */
    public JsonNode login() {
        return login;
    }

    public long id() {
        return login.get("id").asLong();
    }

    public String token() {
        return token;
    }

    public Gateway.Answer get(String path) {
        return gateway.get(path, "Token", token);
    }

    public Gateway.Answer post(String path, String json) {
        return gateway.post(path, json, "Token", token);
    }

    public Gateway.Answer put(String path, String json) {
        return gateway.put(path, json, "Token", token);
    }

    public Gateway.Answer delete(String path) {
        return gateway.delete(path, "Token", token);
    }
}
