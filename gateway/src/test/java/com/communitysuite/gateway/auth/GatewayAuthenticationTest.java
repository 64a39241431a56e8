package com.communitysuite.gateway.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.gateway.GatewayTestSupport;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestIdentities;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each surface's credentials checked at the gateway, and refused in the surface's own words. */
class GatewayAuthenticationTest extends GatewayTestSupport {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String UID = "0123456789abcdef0123456789abcdef";
    @org.springframework.beans.factory.annotation.Autowired
    AccountServiceClient accounts;
    static final String TOKEN = "c184241930be43b5bc36812ce3de56b5";
    static final String SECRET = "e31bc25bcc6641a1a998eacb6ca9d244";
    static final String DEFAULT_SECRET = "Hx!0k!K}5E.]EoP";
    static final ECKey SIGNING_KEY = generate();
    static final ECKey UNKNOWN_KEY = generate();

    @LocalServerPort
    int port;

    @BeforeEach
    void stubs() {
        accountService.resetAll();
        userService.resetAll();
        clubRoomService.resetAll();
        accountService.stubFor(post(urlPathEqualTo("/internal/app-sessions/lookup")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        accountService.stubFor(post(urlPathEqualTo("/internal/app-sessions/lookup"))
                .withRequestBody(equalToJson("{\"uid\":\"" + UID + "\",\"accessToken\":\"" + TOKEN + "\"}"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"accountId\":7,\"uid\":\"" + UID + "\",\"accessSecret\":\"" + SECRET + "\"}")));
        stubPrincipal(7, "[\"user\"]");
        stubPrincipal(8, "[\"user\",\"admin\"]");
        accountService.stubFor(get(urlPathEqualTo("/internal/jwks")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(new JWKSet(SIGNING_KEY.toPublicJWK()).toString())));
        accountService.stubFor(any(urlPathMatching("/(account|mp|campus)/.*")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"status\":1}")));
        userService.stubFor(any(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"status\":1,\"result\":{}}")));
        clubRoomService.stubFor(any(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("[]")));
        activityService.resetAll();
        activityService.stubFor(any(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"code\":0,\"msg\":\"成功获取\",\"data\":0}")));
        accountService.stubFor(post(urlPathEqualTo("/internal/api-keys/lookup")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        accountService.stubFor(post(urlPathEqualTo("/internal/api-keys/lookup"))
                .withRequestBody(equalToJson("{\"key\":\"org_good\"}")).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"keyId\":\"k1\",\"organizationId\":12}")));
        accountService.stubFor(post(urlPathEqualTo("/internal/app-sessions/lookup-by-token")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        accountService.stubFor(post(urlPathEqualTo("/internal/app-sessions/lookup-by-token"))
                .withRequestBody(equalToJson("{\"accessToken\":\"" + TOKEN + "\"}")).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"accountId\":7,\"uid\":\"" + UID + "\",\"accessSecret\":\"" + SECRET + "\"}")));
        accountService.stubFor(post(urlPathEqualTo("/internal/app-sessions/lookup-by-phone")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        accountService.stubFor(post(urlPathEqualTo("/internal/app-sessions/lookup-by-phone"))
                .withRequestBody(equalToJson("{\"username\":\"13800000000\",\"authKey\":\"" + TOKEN + "\"}"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"accountId\":7,\"uid\":\"" + UID + "\",\"accessSecret\":\"" + SECRET + "\"}")));
    }

    private static void stubPrincipal(long accountId, String roles) {
        accountService.stubFor(get(urlPathEqualTo("/internal/principals/" + accountId)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"accountId\":" + accountId
                        + ",\"uid\":\"" + UID + "\",\"status\":\"normal\",\"roles\":" + roles + ",\"levels\":{}}")));
    }

    @Test
    void servicesReceiveTheGatewaysIdentityAndNoneOfTheClientsCredentialsOrIdentityHeaders() throws Exception {
        String ts = Long.toString(System.currentTimeMillis());
        String sign = md5("count=20$$$ts=" + ts + "$$$accessSecret=" + SECRET);
        send(app("GET", "/user/block?count=20&ts=" + ts + "&sign=" + sign, null)
                .header("Authorization", basic(UID, TOKEN)).header("X-User-Id", "1").header("X-Roles", "admin")
                .build());
        String jwt = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600));
        send(HttpRequest.newBuilder(uri("/campus/blocks/")).header("Token", jwt).build());
        send(HttpRequest.newBuilder(uri("/api/v3/activitys_for_wx/1/wx/auth_meeting?access_type=org&access_token="
                + "org_good&page=2")).build());
        String forged = TestIdentities.account(1, "someone-else", "mp", "admin");
        send(HttpRequest.newBuilder(uri("/campus/userLogin/")).header("Authorization", forged)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"c\"}"))
                .build());

        var app = userService.findAll(getRequestedFor(urlPathEqualTo("/user/block"))).get(0);
        SuiteIdentity appCaller = TestIdentities.verify(app.getHeader("Authorization"));
        assertThat(appCaller.kind()).isEqualTo(SuiteIdentity.Kind.ACCOUNT);
        assertThat(appCaller.accountId()).isEqualTo(7);
        assertThat(appCaller.uid()).isEqualTo(UID);
        assertThat(appCaller.surface()).isEqualTo("app");
        assertThat(appCaller.roles()).containsExactly("user");
        assertThat(appCaller.clientType()).isEqualTo(1);
        assertThat(appCaller.clientVersion()).isEqualTo("0.1.7");
        assertThat(app.containsHeader("X-User-Id")).isFalse();
        assertThat(app.containsHeader("X-Roles")).isFalse();

        var campus = clubRoomService.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getUrl().startsWith("/campus/blocks")).findFirst().orElseThrow();
        assertThat(campus.containsHeader("Token")).isFalse();
        assertThat(TestIdentities.verify(campus.getHeader("Authorization")).surface()).isEqualTo("campus");

        var wx = activityService.findAll(getRequestedFor(urlPathMatching(".*/auth_meeting"))).get(0);
        assertThat(wx.getUrl()).doesNotContain("access_token").contains("page=2");
        SuiteIdentity organization = TestIdentities.verify(wx.getHeader("Authorization"));
        assertThat(organization.kind()).isEqualTo(SuiteIdentity.Kind.ORGANIZATION);
        assertThat(organization.organizationId()).isEqualTo(12);

        var login = accountService.findAll(postRequestedFor(urlPathEqualTo("/campus/userLogin/"))).get(0);
        SuiteIdentity anonymous = TestIdentities.verify(login.getHeader("Authorization"));
        assertThat(anonymous.kind()).as("a client's own identity token is replaced").isEqualTo(
                SuiteIdentity.Kind.ANONYMOUS);

        var lookUp = accountService.findAll(postRequestedFor(urlPathEqualTo("/internal/api-keys/lookup")));
        assertThat(TestIdentities.verify(lookUp.get(0).getHeader("Authorization")).kind())
                .as("the gateway's own look-ups carry its service identity").isEqualTo(SuiteIdentity.Kind.SERVICE);
    }

    @Test
    void theGatewayDecidesNoRolesItHandsThemToTheServices() throws Exception {
        String user = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600));
        String admin = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600), UUID.randomUUID().toString(), true,
                "8");

        HttpResponse<String> asUser = send(bearer("/campus/users/", user));
        HttpResponse<String> asUserWithoutSlash = send(HttpRequest.newBuilder(uri("/campus/feedbacks/3"))
                .header("Token", user).DELETE().build());
        HttpResponse<String> asAdmin = send(bearer("/campus/users/?as=admin", admin));

        assertThat(asUser.statusCode()).as("the service refuses a non-super-user, not the gateway").isEqualTo(200);
        assertThat(asUserWithoutSlash.statusCode()).isEqualTo(200);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        var received = userService.findAll(getRequestedFor(urlPathEqualTo("/campus/users/")));
        assertThat(TestIdentities.verify(received.get(0).getHeader("Authorization")).roles())
                .containsExactly("user");
        assertThat(TestIdentities.verify(received.get(1).getHeader("Authorization")).roles())
                .contains("user", "admin");
    }

    @Test
    void anOpenEndpointCalledWithAValidTokenStillTellsTheServiceWhoCalls() throws Exception {
        String notAgreed = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600), UUID.randomUUID().toString(),
                false);
        String campus = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600));

        HttpResponse<String> mpAnonymous = send(HttpRequest.newBuilder(uri("/mp/activities/?page=1")).build());
        HttpResponse<String> mpCaller = send(bearer("/mp/activities/?page=2", notAgreed));
        HttpResponse<String> mpBadToken = send(bearer("/mp/activities/?page=3", "not.a.jwt"));
        HttpResponse<String> campusCaller = send(HttpRequest.newBuilder(uri("/campus/refresh/")).header("Token", campus)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        HttpResponse<String> campusStale = send(HttpRequest.newBuilder(uri("/campus/userLogin/"))
                .header("Token", "stale").POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").build());

        assertThat(mpAnonymous.statusCode()).isEqualTo(200);
        assertThat(mpCaller.statusCode()).as("no consent needed on an open endpoint").isEqualTo(200);
        assertThat(mpBadToken.statusCode()).as("as DRF's authentication did").isEqualTo(401);
        assertThat(campusCaller.statusCode()).isEqualTo(200);
        assertThat(campusStale.statusCode()).as("the campus original checked no token at sign-in").isEqualTo(200);
        assertThat(callerOf(activityService.findAll(getRequestedFor(urlEqualTo("/mp/activities/?page=1"))).get(0))
                .kind()).isEqualTo(SuiteIdentity.Kind.ANONYMOUS);
        SuiteIdentity mp = callerOf(activityService.findAll(getRequestedFor(urlEqualTo("/mp/activities/?page=2")))
                .get(0));
        assertThat(mp.kind()).isEqualTo(SuiteIdentity.Kind.ACCOUNT);
        assertThat(mp.accountId()).isEqualTo(7);
        SuiteIdentity campusIdentity = callerOf(accountService.findAll(postRequestedFor(urlPathEqualTo(
                "/campus/refresh/"))).get(0));
        assertThat(campusIdentity.kind()).isEqualTo(SuiteIdentity.Kind.ACCOUNT);
        assertThat(campusIdentity.surface()).isEqualTo("campus");
        assertThat(callerOf(accountService.findAll(postRequestedFor(urlPathEqualTo("/campus/userLogin/"))).get(0))
                .kind()).isEqualTo(SuiteIdentity.Kind.ANONYMOUS);
    }

    private static SuiteIdentity callerOf(com.github.tomakehurst.wiremock.verification.LoggedRequest request) {
        return TestIdentities.verify(request.getHeader("Authorization"));
    }

    @Test
    void wxTakesAnOrganizationKeyOrAUsersTokenOfAnySurface() throws Exception {
        String jwt = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600));
        String path = "/api/v3/activitys_for_wx/1/wx/auth_meeting";

        HttpResponse<String> none = send(HttpRequest.newBuilder(uri(path)).build());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("code").asInt()).isEqualTo(1);
        assertThat(json(none).has("data")).isTrue();
        assertThat(send(HttpRequest.newBuilder(uri(path + "?access_type=org&access_token=org_good")).build())
                .statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri(path + "?access_type=org&access_token=org_bad")).build())
                .statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri(path + "?access_type=user&access_token=" + jwt)).build())
                .statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/activitys_for_wx/1/wx/collect_info?access_type=user&access_token="
                + TOKEN)).build()).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri(path + "?access_type=user&access_token=nope")).build())
                .statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri(path + "?access_type=admin&access_token=" + jwt)).build())
                .statusCode()).isEqualTo(400);
    }

    @Test
    void requestCodesAreCheckedAgainstThePhonesSessionAndForwardedIntact() throws Exception {
        String body = "{\"username\":\"13800000000\",\"auth_key\":\"" + TOKEN + "\",\"type\":\"10301\","
                + "\"title\":\"读书会\",\"images\":[]}";

        HttpResponse<String> good = send(HttpRequest.newBuilder(uri("/activity/create"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/activity/create"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.replace(TOKEN, "0000"))).build());

        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(activityService.findAll(postRequestedFor(urlEqualTo("/activity/create"))).get(0).getBodyAsString())
                .isEqualTo(body);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("code").asString()).isEqualTo("10311");
        HttpResponse<String> malformedForm = send(HttpRequest.newBuilder(uri("/activity/create"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=%ZZ&auth_key=1")).build());
        assertThat(malformedForm.statusCode()).isEqualTo(400);
    }

    @Test
    void theAuthKeyAloneAuthenticatesARequestCodeAndEachRefusalHasItsCode() throws Exception {
        String publish = "{\"type\":\"10302\",\"auth_key\":\"" + TOKEN + "\",\"acid\":\"5\",\"actitle\":\"读书会\"}";

        HttpResponse<String> keyAlone = codes("/activity/create", publish);
        HttpResponse<String> otherPhone = codes("/activity/join", "{\"type\":\"10305\",\"username\":\"13900000000\","
                + "\"auth_key\":\"" + TOKEN + "\",\"acid\":\"5\"}");
        HttpResponse<String> badKey = codes("/activity/join", "{\"type\":\"10305\",\"username\":\"13800000000\","
                + "\"auth_key\":\"0000\",\"acid\":\"5\"}");
        HttpResponse<String> noKey = codes("/activity/join", "{\"type\":\"10306\",\"acid\":\"5\"}");
        HttpResponse<String> noKeyToPublish = codes("/activity/create", "{\"type\":\"10302\",\"acid\":\"5\"}");
        HttpResponse<String> badKeyToPublish = codes("/activity/create", publish.replace(TOKEN, "0000"));

        assertThat(keyAlone.statusCode()).isEqualTo(200);
        var forwarded = activityService.findAll(postRequestedFor(urlEqualTo("/activity/create")));
        assertThat(forwarded).hasSize(1);
        assertThat(forwarded.get(0).getBodyAsString()).isEqualTo(publish);
        SuiteIdentity caller = callerOf(forwarded.get(0));
        assertThat(caller.accountId()).isEqualTo(7);
        assertThat(caller.surface()).isEqualTo("codes");
        assertThat(otherPhone.statusCode()).isEqualTo(401);
        assertThat(json(otherPhone).get("code").asString()).as("该用户不存在").isEqualTo("10310");
        assertThat(badKey.statusCode()).isEqualTo(401);
        assertThat(json(badKey).get("code").asString()).isEqualTo("10311");
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(json(noKey).get("code").asString()).isEqualTo("10311");
        assertThat(noKeyToPublish.statusCode()).isEqualTo(401);
        assertThat(json(noKeyToPublish).get("code").asString()).as("10302's own code for a wrong auth key")
                .isEqualTo("10320");
        assertThat(json(badKeyToPublish).get("code").asString()).isEqualTo("10320");
        assertThat(activityService.findAll(postRequestedFor(urlEqualTo("/activity/join")))).isEmpty();
    }

    @Test
    void aPhonesSessionIsLookedUpOnceForRequestsInARowAndAgainOnceItsSessionsEnded() throws Exception {
        String phone = "13800000042";
        String key = "d184241930be43b5bc36812ce3de56b5";
        String otherUid = "fedcba9876543210fedcba9876543210";
        accountService.stubFor(post(urlPathEqualTo("/internal/app-sessions/lookup-by-phone"))
                .withRequestBody(equalToJson("{\"username\":\"" + phone + "\",\"authKey\":\"" + key + "\"}"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"accountId\":7,\"uid\":\"" + otherUid + "\",\"accessSecret\":\"s\"}")));
        String join = "{\"type\":\"10305\",\"username\":\"" + phone + "\",\"auth_key\":\"" + key
                + "\",\"acid\":\"5\"}";
        var lookUps = postRequestedFor(urlPathEqualTo("/internal/app-sessions/lookup-by-phone"))
                .withRequestBody(equalToJson("{\"username\":\"" + phone + "\",\"authKey\":\"" + key + "\"}"));

        assertThat(codes("/activity/join", join).statusCode()).isEqualTo(200);
        assertThat(codes("/activity/join", join.replace("10305", "10306")).statusCode()).isEqualTo(200);
        assertThat(accountService.findAll(lookUps)).hasSize(1);

        accounts.forgetSessionsOf(otherUid);
        assertThat(codes("/activity/join", join).statusCode()).isEqualTo(200);
        assertThat(accountService.findAll(lookUps)).as("asked again once the sessions ended").hasSize(2);
    }

    private HttpResponse<String> codes(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void anH5PageAsksWithTheIdentityOfTheVisitorsH5TokenAndNeverPassesTheCookieOn() throws Exception {
        accountService.stubFor(post(urlPathEqualTo("/internal/h5-sessions/lookup")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        accountService.stubFor(post(urlPathEqualTo("/internal/h5-sessions/lookup"))
                .withRequestBody(equalToJson("{\"token\":\"h5-member\"}")).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"accountId\":7,\"uid\":\"" + UID + "\",\"openid\":\"o-member\"}")));
        accountService.stubFor(post(urlPathEqualTo("/internal/h5-sessions/lookup"))
                .withRequestBody(equalToJson("{\"token\":\"h5-guest\"}")).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"accountId\":null,\"uid\":null,\"openid\":\"o-guest\"}")));

        HttpResponse<String> member = send(h5("/h5/room/r1", "theme=dark; chaoqer_wx_code=h5-member"));
        HttpResponse<String> guest = send(h5("/h5/club/c1", "chaoqer_wx_code=h5-guest"));
        HttpResponse<String> expired = send(h5("/h5/event/e1", "chaoqer_wx_code=h5-expired"));
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/h5/profile/p1"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(List.of(member, guest, expired, none)).extracting(HttpResponse::statusCode)
                .containsOnly(200);
        var page = clubRoomService.findAll(postRequestedFor(urlPathEqualTo("/h5/room/r1"))).get(0);
        SuiteIdentity visitor = callerOf(page);
        assertThat(visitor.kind()).isEqualTo(SuiteIdentity.Kind.ACCOUNT);
        assertThat(visitor.accountId()).isEqualTo(7);
        assertThat(visitor.surface()).isEqualTo("app");
        assertThat(page.getHeader("Cookie")).as("the page's other cookies go on").isEqualTo("theme=dark");
        var guestPage = clubRoomService.findAll(postRequestedFor(urlPathEqualTo("/h5/club/c1"))).get(0);
        assertThat(callerOf(guestPage).kind()).as("a visitor without an account").isEqualTo(
                SuiteIdentity.Kind.ANONYMOUS);
        assertThat(guestPage.containsHeader("Cookie")).isFalse();
        assertThat(callerOf(clubRoomService.findAll(postRequestedFor(urlPathEqualTo("/h5/event/e1"))).get(0)).kind())
                .isEqualTo(SuiteIdentity.Kind.ANONYMOUS);
        assertThat(callerOf(clubRoomService.findAll(postRequestedFor(urlPathEqualTo("/h5/profile/p1"))).get(0))
                .kind()).isEqualTo(SuiteIdentity.Kind.ANONYMOUS);
        assertThat(accountService.findAll(postRequestedFor(urlPathEqualTo("/internal/h5-sessions/lookup"))))
                .as("no look-up without the cookie").hasSize(3);
    }

    @Test
    void theH5WeChatLoginIsAccountServicesAndNeedsNoSign() throws Exception {
        accountService.stubFor(get(urlPathEqualTo("/h5/redirect")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://h5.example/room/1")));

        HttpResponse<String> redirect = send(HttpRequest.newBuilder(uri("/h5/redirect?code=wx-code&state=x")).build());

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(accountService.findAll(getRequestedFor(urlPathEqualTo("/h5/redirect")))).hasSize(1);
        assertThat(clubRoomService.getAllServeEvents()).isEmpty();
    }

    private HttpRequest h5(String path, String cookies) {
        return HttpRequest.newBuilder(uri(path)).header("Cookie", cookies).POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }

    @Test
    void everyDocumentedPathFamilyReachesTheServiceThatOwnsIt() throws Exception {
        String campus = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600));

        HttpResponse<String> levels = send(HttpRequest.newBuilder(uri("/campus/admin/users/5/levels"))
                .header("Authorization", "Bearer " + campus).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"activity_level\":3}")).build());
        HttpResponse<String> recommended = send(bearer("/campus/recommended/organizations/5/", campus));

        assertThat(levels.statusCode()).isEqualTo(200);
        assertThat(userService.findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                urlPathEqualTo("/campus/admin/users/5/levels")))).hasSize(1);
        assertThat(recommended.statusCode()).isEqualTo(200);
        assertThat(activityService.findAll(getRequestedFor(urlPathEqualTo("/campus/recommended/organizations/5/"))))
                .as("recommendations are activity-service's").hasSize(1);
    }

    @Test
    void aPresignedObjectStoreUrlIsRoutedWithoutAppLoginAndTheStoreJudgesItsSignature() throws Exception {
        userService.stubFor(any(urlPathMatching("/aliyun/local-store/.*")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"result\":0,\"message\":\"上传地址签名不正确\",\"status\":0}")));
        String target = "/aliyun/local-store/activity/5/images/1.jpg?Expires=1&MaxBytes=10&Signature=bad"
                + "&ContentType=image%2Fjpeg";

        HttpResponse<String> upload = send(HttpRequest.newBuilder(uri(target)).header("Content-Type", "image/jpeg")
                .PUT(HttpRequest.BodyPublishers.ofString("jpeg")).build());
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/aliyun/local-store/image/a/b.jpg")).build());

        assertThat(upload.statusCode()).as("the store's answer, not the gateway's").isEqualTo(403);
        assertThat(upload.headers().firstValue("Suite-Gateway-Answer")).isEmpty();
        assertThat(read.statusCode()).isEqualTo(403);
        var received = userService.findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                urlPathEqualTo("/aliyun/local-store/activity/5/images/1.jpg"))).get(0);
        assertThat(received.getUrl()).isEqualTo(target);
        assertThat(received.getBodyAsString()).isEqualTo("jpeg");
    }

    @Test
    void theRoomPresenceSocketIsOpenedForASignedInAppClientWithItsIdentity() throws Exception {
        String ts = Long.toString(System.currentTimeMillis());
        URI live = URI.create("ws://localhost:" + port + "/room/r1/live?ts=" + ts + "&sign="
                + md5("ts=" + ts + "$$$accessSecret=" + SECRET));
        CompletableFuture<String> message = new CompletableFuture<>();

        WebSocket socket = HTTP.newWebSocketBuilder().header("Authorization", basic(UID, TOKEN))
                .header("Client-Type", "2").header("Version-Name", "0.1.7").header("Version-Code", "19")
                .buildAsync(live, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        message.complete(data.toString());
                        return null;
                    }
                }).get(5, TimeUnit.SECONDS);
        SuiteIdentity caller = TestIdentities.verify(message.get(5, TimeUnit.SECONDS));
        socket.abort();

        assertThat(caller.kind()).isEqualTo(SuiteIdentity.Kind.ACCOUNT);
        assertThat(caller.accountId()).isEqualTo(7);
        assertThat(caller.clientType()).isEqualTo(2);
        String later = Long.toString(System.currentTimeMillis() + 1);
        assertThat(handshakeStatus(HTTP.newWebSocketBuilder().header("Client-Type", "2")
                .header("Version-Name", "0.1.7").header("Version-Code", "19"), URI.create("ws://localhost:" + port
                        + "/room/r1/live?ts=" + later + "&sign=" + md5("ts=" + later + "$$$accessSecret=" + SECRET))))
                .as("no session").isEqualTo(401);
        assertThat(handshakeStatus(HTTP.newWebSocketBuilder().header("Authorization", basic(UID, TOKEN))
                .header("Client-Type", "2").header("Version-Name", "0.1.7").header("Version-Code", "19"),
                URI.create("ws://localhost:" + port + "/room/r1/live?ts=" + later + "&sign=" + md5("wrong"))))
                .as("a wrong sign").isEqualTo(401);
    }

    private static int handshakeStatus(WebSocket.Builder builder, URI uri) throws Exception {
        try {
            builder.buildAsync(uri, new WebSocket.Listener() {
            }).get(5, TimeUnit.SECONDS).abort();
            return 101;
        }
        catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        }
    }

    @Test
    void aSignedGetOfASignedInAppClientIsForwarded() throws Exception {
        String ts = Long.toString(System.currentTimeMillis());
        String sign = md5("count=20$$$ts=" + ts + "$$$accessSecret=" + SECRET);

        HttpResponse<String> response = send(app("GET", "/user/block?count=20&ts=" + ts + "&sign=" + sign, null)
                .header("Authorization", basic(UID, TOKEN)).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(userService.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/user/block")))).hasSize(1);
    }

    @Test
    void aSignedJsonBodyIsVerifiedAndForwardedIntact() throws Exception {
        String ts = Long.toString(System.currentTimeMillis());
        String sign = md5("feedbackContent=很好$$$feedbackType=0$$$images=[\"a\",\"b\"]$$$ts=" + ts + "$$$accessSecret="
                + SECRET);
        String body = "{\"feedbackContent\":\"很好\",\"feedbackType\":0,\"images\":[\"a\",\"b\"],\"ts\":" + ts
                + ",\"sign\":\"" + sign.toUpperCase() + "\"}";

        HttpResponse<String> response = send(app("POST", "/app/feedback", body)
                .header("Authorization", basic(UID, TOKEN)).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(userService.findAll(postRequestedFor(urlEqualTo("/app/feedback"))).get(0).getBodyAsString())
                .isEqualTo(body);
    }

    @Test
    void aWrongSignAStaleTsOrAMissingOneIsRefused() throws Exception {
        String ts = Long.toString(System.currentTimeMillis());
        String stale = Long.toString(System.currentTimeMillis() - 6 * 60 * 1000);

        HttpResponse<String> wrong = send(app("GET", "/user/block?ts=" + ts + "&sign=" + md5("nonsense"), null)
                .header("Authorization", basic(UID, TOKEN)).build());
        HttpResponse<String> old = send(app("GET", "/user/block?ts=" + stale + "&sign="
                + md5("ts=" + stale + "$$$accessSecret=" + SECRET), null).header("Authorization", basic(UID, TOKEN))
                .build());
        HttpResponse<String> missing = send(app("GET", "/user/block", null).header("Authorization", basic(UID, TOKEN))
                .build());

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("message").asString()).isEqualTo("Authorized Failed");
        assertThat(json(wrong).get("status").asInt()).isZero();
        assertThat(old.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("errors").has("sign")).isTrue();
        assertThat(userService.getAllServeEvents()).isEmpty();
    }

    @Test
    void aReplayedSignIsAnsweredWithMinusOneAndNotForwarded() throws Exception {
        String ts = Long.toString(System.currentTimeMillis());
        String path = "/user/card?marker=" + UUID.randomUUID() + "&ts=" + ts;
        String marker = path.substring(path.indexOf('=') + 1, path.indexOf('&'));
        String sign = md5("marker=" + marker + "$$$ts=" + ts + "$$$accessSecret=" + SECRET);

        HttpResponse<String> first = send(app("GET", path + "&sign=" + sign, null).header("Authorization",
                basic(UID, TOKEN)).build());
        HttpResponse<String> replay = send(app("GET", path + "&sign=" + sign, null).header("Authorization",
                basic(UID, TOKEN)).build());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(json(replay).get("status").asInt()).isZero();
        assertThat(json(replay).get("errorCode").asInt()).isEqualTo(-1);
        assertThat(userService.getAllServeEvents()).hasSize(1);
    }

    @Test
    void withoutLiveCredentialsOrClientHeadersAnAppRequestIsRefused() throws Exception {
        String ts = Long.toString(System.currentTimeMillis());
        String query = "?ts=" + ts + "&sign=" + md5("ts=" + ts + "$$$accessSecret=" + SECRET);

        HttpResponse<String> anonymous = send(app("GET", "/user/block" + query, null).build());
        HttpResponse<String> unknownSession = send(app("GET", "/user/block" + query, null)
                .header("Authorization", basic(UID, "0000")).build());
        HttpResponse<String> garbage = send(app("GET", "/user/block" + query, null)
                .header("Authorization", "Basic !!!").build());
        HttpResponse<String> noClientType = send(HttpRequest.newBuilder(uri("/user/block" + query))
                .header("Authorization", basic(UID, TOKEN)).build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(unknownSession.statusCode()).isEqualTo(401);
        assertThat(garbage.statusCode()).isEqualTo(401);
        assertThat(noClientType.statusCode()).isEqualTo(400);
        assertThat(json(noClientType).get("errors").has("Client-Type")).isTrue();
    }

    @Test
    void beforeLoginTheDefaultSecretSignsAndABodyTooLargeIsA413() throws Exception {
        String ts = Long.toString(System.currentTimeMillis());
        String sign = md5("countryCode=86$$$mobile=13800000000$$$ts=" + ts + "$$$accessSecret=" + DEFAULT_SECRET);
        String body = "{\"countryCode\":\"86\",\"mobile\":\"13800000000\",\"ts\":\"" + ts + "\",\"sign\":\"" + sign
                + "\"}";

        assertThat(send(app("POST", "/account/captcha", body).build()).statusCode()).isEqualTo(200);
        assertThat(send(app("POST", "/account/captcha", body.replace("13800000000", "13800000001")).build())
                .statusCode()).isEqualTo(401);
        String large = "{\"padding\":\"" + "x".repeat(4096) + "\"}";
        assertThat(send(app("POST", "/account/captcha", large).build()).statusCode()).isEqualTo(413);
    }

    @Test
    void mpNeedsAValidAccessTokenExceptWhereTheDocumentIsOpen() throws Exception {
        String good = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600));
        String expired = token(SIGNING_KEY, "access", Instant.now().minusSeconds(5));
        String foreign = token(UNKNOWN_KEY, "access", Instant.now().plusSeconds(600));
        String refresh = token(SIGNING_KEY, "refresh", Instant.now().plusSeconds(600));

        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/mp/userinfo/1/")).build());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("detail").asString()).isEqualTo("Authentication credentials were not provided.");
        assertThat(send(bearer("/mp/userinfo/1/", good)).statusCode()).isEqualTo(200);
        for (String refused : new String[] { expired, foreign, refresh, "not.a.jwt" }) {
            HttpResponse<String> answer = send(bearer("/mp/userinfo/1/", refused));
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(json(answer).get("detail").asString()).isEqualTo("Given token not valid for any token type");
        }
        assertThat(send(HttpRequest.newBuilder(uri("/mp/users_include_city/?city=1")).build()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void campusTakesBearerOrTokenHeadersAndLeavesSignInOpen() throws Exception {
        String good = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600));

        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/campus/blocks/")).build());
        HttpResponse<String> bad = send(HttpRequest.newBuilder(uri("/campus/blocks/")).header("Token", "bad").build());
        HttpResponse<String> admin = send(HttpRequest.newBuilder(uri("/campus/blocks/")).header("Token", good).build());
        HttpResponse<String> user = send(bearer("/campus/blocks/", good));
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/campus/userLogin/"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"c\"}"))
                .build());

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("detail").asString()).isEqualTo("缺少token。");
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(json(bad).get("detail").asString()).isEqualTo("非法token");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(login.statusCode()).as("sign-in is open").isNotEqualTo(401);
    }

    @Test
    void anMpUserWhoHasNotAgreedReachesOnlyAgreeLogoutAndLogOff() throws Exception {
        String notAgreed = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600), UUID.randomUUID().toString(),
                false);

        HttpResponse<String> held = send(bearer("/mp/userinfo/1/", notAgreed));
        HttpResponse<String> agree = send(HttpRequest.newBuilder(uri("/mp/agree/"))
                .header("Authorization", "Bearer " + notAgreed).PUT(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(held.statusCode()).isEqualTo(400);
        assertThat(json(held).get("detail").asString()).isEqualTo("用户未同意隐私声明");
        assertThat(agree.statusCode()).isEqualTo(200);
    }

    @Test
    void revocationsPublishedByAccountServiceTakeEffectWithinASecond() throws Exception {
        String sessionId = UUID.randomUUID().toString();
        String access = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600), sessionId, true);
        assertThat(send(bearer("/mp/userinfo/1/", access)).statusCode()).isEqualTo(200);
        String ts = Long.toString(System.currentTimeMillis());
        String signed = "/user/block?ts=" + ts + "&sign=" + md5("ts=" + ts + "$$$accessSecret=" + SECRET);
        assertThat(send(app("GET", signed, null).header("Authorization", basic(UID, TOKEN)).build()).statusCode())
                .isEqualTo(200);
        accountService.stubFor(post(urlPathEqualTo("/internal/app-sessions/lookup")).atPriority(1)
                .willReturn(aResponse().withStatus(404)));

        publish("account.token-session-revoked", "{\"accountId\":7,\"uid\":\"" + UID + "\",\"sessionId\":\""
                + sessionId + "\",\"reason\":\"logout\"}");
        publish("account.sessions-revoked", "{\"accountId\":7,\"uid\":\"" + UID + "\",\"reason\":\"logout\"}");

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        int mpStatus;
        int appStatus;
        do {
            Thread.sleep(100);
            mpStatus = send(bearer("/mp/userinfo/1/", access)).statusCode();
            String now = Long.toString(System.currentTimeMillis());
            appStatus = send(app("GET", "/user/block?ts=" + now + "&sign=" + md5("ts=" + now + "$$$accessSecret="
                    + SECRET), null).header("Authorization", basic(UID, TOKEN)).build()).statusCode();
        }
        while ((mpStatus != 401 || appStatus != 401) && System.nanoTime() < deadline);
        assertThat(mpStatus).isEqualTo(401);
        assertThat(appStatus).isEqualTo(401);
    }

    @Test
    void aSuccessfulLogoutEndsTheSessionAtThisGatewayAtOnce() throws Exception {
        String ts = Long.toString(System.currentTimeMillis());
        String path = "/user/block?marker=" + UUID.randomUUID() + "&ts=" + ts;
        String marker = path.substring(path.indexOf('=') + 1, path.indexOf('&'));
        assertThat(send(app("GET", path + "&sign=" + md5("marker=" + marker + "$$$ts=" + ts + "$$$accessSecret="
                + SECRET), null).header("Authorization", basic(UID, TOKEN)).build()).statusCode()).isEqualTo(200);
        String sessionId = UUID.randomUUID().toString();
        String access = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600), sessionId, true);
        assertThat(send(bearer("/mp/userinfo/1/", access)).statusCode()).isEqualTo(200);
        accountService.stubFor(post(urlPathEqualTo("/internal/app-sessions/lookup")).atPriority(1)
                .willReturn(aResponse().withStatus(404)));

        String logoutTs = Long.toString(System.currentTimeMillis());
        HttpResponse<String> appLogout = send(app("POST", "/account/logout", "{\"ts\":" + logoutTs + ",\"sign\":\""
                + md5("ts=" + logoutTs + "$$$accessSecret=" + SECRET) + "\"}").header("Authorization",
                        basic(UID, TOKEN)).build());
        HttpResponse<String> mpLogout = send(HttpRequest.newBuilder(uri("/mp/logout/"))
                .header("Authorization", "Bearer " + access).POST(HttpRequest.BodyPublishers.noBody()).build());
        String nextTs = Long.toString(System.currentTimeMillis() + 1);
        HttpResponse<String> appAfter = send(app("GET", "/user/block?ts=" + nextTs + "&sign=" + md5("ts=" + nextTs
                + "$$$accessSecret=" + SECRET), null).header("Authorization", basic(UID, TOKEN)).build());
        HttpResponse<String> mpAfter = send(bearer("/mp/userinfo/1/", access));

        assertThat(appLogout.statusCode()).isEqualTo(200);
        assertThat(mpLogout.statusCode()).isEqualTo(200);
        assertThat(appAfter.statusCode()).as("no event needed on the replica that forwarded the logout")
                .isEqualTo(401);
        assertThat(mpAfter.statusCode()).isEqualTo(401);
    }

    @Test
    void aMutatingMpAnswerCarriesTheCallersAccessTokenAndNoOtherAnswerIsTouched() throws Exception {
        stubPrincipal(9100, "[\"user\"]");
        String access = token(SIGNING_KEY, "access", Instant.now().plusSeconds(7200), UUID.randomUUID().toString(),
                true, "9100");

        HttpResponse<String> collected = send(mp("POST", "/mp/activity/action/collect/", access, "{\"activity\":1}"));
        HttpResponse<String> read = send(bearer("/mp/activities/?page=9", access));
        activityService.stubFor(any(urlPathEqualTo("/mp/draft/5/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"信息发生变化，请刷新后重试\"}")));
        HttpResponse<String> refused = send(mp("DELETE", "/mp/draft/5/", access, null));
        accountService.stubFor(any(urlPathEqualTo("/mp/agree/")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"code\":200,\"access\":\"agreed\"}")));
        HttpResponse<String> agreed = send(mp("PUT", "/mp/agree/", access, null));
        activityService.stubFor(any(urlPathEqualTo("/mp/draft/6/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")));
        HttpResponse<String> empty = send(mp("DELETE", "/mp/draft/6/", access, null));
        HttpResponse<String> loggedOut = send(mp("POST", "/mp/logout/", access, null));

        assertThat(collected.statusCode()).isEqualTo(200);
        assertThat(json(collected).get("access").asString()).isEqualTo(access);
        assertThat(json(collected).get("msg").asString()).as("the rest of the answer as the service wrote it")
                .isEqualTo("成功获取");
        assertThat(collected.headers().firstValueAsLong("Content-Length")).hasValue(collected.body()
                .getBytes(StandardCharsets.UTF_8).length);
        assertThat(read.body()).isEqualTo("{\"code\":0,\"msg\":\"成功获取\",\"data\":0}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).has("access")).isFalse();
        assertThat(json(agreed).get("access").asString()).as("a token the service handed out stays").isEqualTo("agreed");
        assertThat(json(loggedOut).has("access")).as("no token after the session ended").isFalse();
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).as("an empty answer stays empty").isEmpty();
    }

    @Test
    void pastHalfItsLifeTheAccessTokenInAnAnswerIsARenewedOneOfTheSameSession() throws Exception {
        stubPrincipal(9101, "[\"user\"]");
        String sessionId = UUID.randomUUID().toString();
        String old = token(SIGNING_KEY, "access", Instant.now().minusSeconds(6000), Instant.now().plusSeconds(1200),
                sessionId);
        String renewed = token(SIGNING_KEY, "access", Instant.now(), Instant.now().plusSeconds(7200), sessionId);
        accountService.stubFor(post(urlPathEqualTo("/internal/token-sessions/" + sessionId + "/access"))
                .withRequestBody(equalToJson("{\"accountId\":9101}"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access\":\"" + renewed + "\",\"expiresAt\":\"" + Instant.now().plusSeconds(7200)
                                + "\"}")));
        accountService.stubFor(post(urlPathMatching("/internal/token-sessions/.*/access")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        String otherSession = UUID.randomUUID().toString();
        String unrenewable = token(SIGNING_KEY, "access", Instant.now().minusSeconds(6000),
                Instant.now().plusSeconds(1200), otherSession);

        HttpResponse<String> first = send(mp("POST", "/mp/activity/action/collect/", old, "{\"activity\":1}"));
        HttpResponse<String> second = send(mp("PUT", "/mp/activityupdate/1/", old, "{}"));
        HttpResponse<String> stillValid = send(mp("POST", "/mp/activity/action/collect/", old, "{\"activity\":2}"));
        HttpResponse<String> withRenewed = send(mp("POST", "/mp/activity/action/collect/", renewed, "{}"));
        HttpResponse<String> notRenewed = send(mp("POST", "/mp/activity/action/collect/", unrenewable, "{}"));

        assertThat(json(first).get("access").asString()).isEqualTo(renewed);
        assertThat(json(second).get("access").asString()).isEqualTo(renewed);
        assertThat(stillValid.statusCode()).as("the older token works until it expires").isEqualTo(200);
        assertThat(json(withRenewed).get("access").asString()).isEqualTo(renewed);
        assertThat(accountService.findAll(postRequestedFor(urlPathEqualTo("/internal/token-sessions/" + sessionId
                + "/access"))))
                .as("one renewal per session while the renewed token is young").hasSize(1);
        assertThat(json(notRenewed).get("access").asString())
                .as("when account-service renews nothing, the presented token, which is still valid").isEqualTo(unrenewable);
        assertThat(accountService.findAll(postRequestedFor(urlPathEqualTo("/internal/token-sessions/" + otherSession
                + "/access")))).as("the session that was not renewed was asked for").hasSize(1);
        assertThat(TestIdentities.verify(accountService.findAll(postRequestedFor(urlPathEqualTo(
                "/internal/token-sessions/" + sessionId + "/access"))).get(0).getHeader("Authorization")).kind())
                .isEqualTo(SuiteIdentity.Kind.SERVICE);
    }

    private HttpRequest mp(String method, String path, String access, String jsonBody) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + access)
                .header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
    }

    @Test
    void aCallerOverTheirRateIsA429InTheSurfacesShape() throws Exception {
        stubPrincipal(9000, "[\"user\"]");
        String jwt = token(SIGNING_KEY, "access", Instant.now().plusSeconds(600), UUID.randomUUID().toString(), true,
                "9000");
        HttpResponse<String> last = null;
        for (int i = 0; i < 40 && (last == null || last.statusCode() != 429); i++) {
            last = send(bearer("/mp/userinfo/1/", jwt));
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).contains("1");
        assertThat(json(last).get("detail").asString()).isEqualTo("Request was throttled.");
    }

    @Test
    void browsersFromConfiguredOriginsMayCallAndOthersMayNot() throws Exception {
        HttpResponse<String> allowed = send(HttpRequest.newBuilder(uri("/mp/ping/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET").build());
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/mp/ping/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET").build());

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    private static void publish(String type, String data) throws Exception {
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(java.util.Map.of(
                "bootstrap.servers", com.communitysuite.platform.test.SharedInfrastructure.kafkaBootstrapServers()),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.StringSerializer())) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("account-service.events", UID,
                    "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"occurredAt\":\""
                            + Instant.now() + "\",\"aggregateId\":\"" + UID + "\",\"data\":" + data + "}")).get();
        }
    }

    private HttpRequest.Builder app(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Client-Type", "1")
                .header("Version-Name", "0.1.7").header("Version-Code", "19");
        if (jsonBody == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
    }

    private HttpRequest bearer(String path, String token) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String basic(String uid, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((uid + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String token(ECKey key, String use, Instant expiry) throws Exception {
        return token(key, use, expiry, UUID.randomUUID().toString(), true);
    }

    private static String token(ECKey key, String use, Instant expiry, String sessionId, boolean agreed)
            throws Exception {
        return token(key, use, expiry, sessionId, agreed, "7");
    }

    private static String token(ECKey key, String use, Instant expiry, String sessionId, boolean agreed,
            String subject) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), new JWTClaimsSet.Builder().issuer("account-service").subject(subject)
                        .jwtID(UUID.randomUUID().toString()).issueTime(new Date()).expirationTime(Date.from(expiry))
                        .claim("token_use", use).claim("sid", sessionId).claim("privacy_agreed", agreed).build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static String token(ECKey key, String use, Instant issued, Instant expiry, String sessionId)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), new JWTClaimsSet.Builder().issuer("account-service").subject("9101")
                        .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(issued))
                        .expirationTime(Date.from(expiry)).claim("token_use", use).claim("sid", sessionId)
                        .claim("privacy_agreed", true).build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
