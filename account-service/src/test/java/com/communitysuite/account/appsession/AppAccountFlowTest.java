package com.communitysuite.account.appsession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.account.AccountRepository;
import com.communitysuite.account.account.AccountStatus;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.account.support.SentMessages;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** App section "Account": captcha limits and expiry, sign-in and registration, lockout, frozen accounts. */
@AccountServiceTest
class AppAccountFlowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    AccountRepository accounts;
    TestHttp http;
    String mobile;

    @BeforeEach
    void setUp() {
        http = AsGateway.http(port);
        mobile = "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void firstSignInRegistersAndLaterOnesSignInToTheSameAccountEndingTheOldSession() throws Exception {
        Answer first = signIn(requestCode());

        JsonNode result = first.json().get("result");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("status").asInt()).isEqualTo(1);
        assertThat(first.json().get("message").asString()).isEqualTo("注册成功");
        assertThat(result.get("uid").asString()).matches("[0-9a-f]{32}");
        assertThat(result.get("accessToken").asString()).matches("[0-9a-f]{32}");
        assertThat(result.get("accessSecret").asString()).matches("[0-9a-f]{32}");
        assertThat(result.get("expireTime").asLong())
                .isCloseTo(clock.millis() + Duration.ofDays(30).toMillis(), org.assertj.core.data.Offset.offset(5000L));

        clock.advance(Duration.ofSeconds(61));
        Answer second = signIn(requestCode());

        assertThat(second.json().get("message").asString()).isEqualTo("登录成功");
        assertThat(second.json().get("result").get("uid").asString()).isEqualTo(result.get("uid").asString());
        assertThat(lookUp(result.get("uid").asString(), result.get("accessToken").asString()).status()).isEqualTo(404);
        Answer current = lookUp(result.get("uid").asString(), second.json().get("result").get("accessToken").asString());
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().get("accessSecret").asString())
                .isEqualTo(second.json().get("result").get("accessSecret").asString());
        String token = second.json().get("result").get("accessToken").asString();
        assertThat(http.postJson("/internal/app-sessions/lookup-by-phone", "{\"username\":\"" + mobile
                + "\",\"authKey\":\"" + token + "\"}").status()).as("request-code credentials").isEqualTo(200);
        assertThat(http.postJson("/internal/app-sessions/lookup-by-phone", "{\"username\":\"13900000000\","
                + "\"authKey\":\"" + token + "\"}").status()).isEqualTo(404);
    }

    @Test
    void logoutEndsTheSessionsOfTheCallerTheGatewayNamed() throws Exception {
        JsonNode result = signIn(requestCode()).json().get("result");
        String uid = result.get("uid").asString();
        String token = result.get("accessToken").asString();
        long accountId = lookUp(uid, token).json().get("accountId").asLong();

        Answer out = http.postJson("/account/logout", "{}", "Authorization",
                AsGateway.identityOfAppUser(accountId, uid));
        Answer anonymous = http.postJson("/account/logout", "{}");
        Answer clientCredentials = http.postJson("/account/logout", "{}", "Authorization", basic(uid, token));

        assertThat(out.status()).isEqualTo(200);
        assertThat(out.json().get("message").asString()).isEqualTo("退出成功");
        assertThat(lookUp(uid, token).status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("message").asString()).isEqualTo("Authorized Failed");
        assertThat(clientCredentials.status()).as("a client's own credentials are not an identity here")
                .isEqualTo(401);
    }

    @Test
    void aCodeIsSentAtMostOnceAMinuteAndFiveTimesAnHour() throws Exception {
        Answer sent = http.postJson("/account/captcha", phoneJson());
        assertThat(sent.json().get("status").asInt()).isEqualTo(1);
        assertThat(sent.json().get("message").asString()).isEqualTo("验证码已发送，请注意查收");
        assertThat(sent.json().get("result").isObject()).isTrue();

        Answer tooSoon = http.postJson("/account/captcha", phoneJson());
        assertThat(tooSoon.status()).isEqualTo(200);
        assertThat(tooSoon.json().get("status").asInt()).isZero();
        assertThat(tooSoon.json().get("message").asString()).isEqualTo("验证码发送太频繁，请在60秒后重试");

        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(http.postJson("/account/captcha", phoneJson()).json().get("status").asInt()).isEqualTo(1);
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(http.postJson("/account/captcha", phoneJson()).json().get("message").asString())
                .isEqualTo("验证码发送太频繁，每小时最多发送5条短信");
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() throws Exception {
        String code = requestCode();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        Answer late = signIn(code);

        assertThat(late.json().get("status").asInt()).isZero();
        assertThat(late.json().get("message").asString()).isEqualTo("验证码已过期，请重新获取验证码");
    }

    @Test
    void fiveWrongTriesEndTheCode() throws Exception {
        String code = requestCode();
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            Answer attempt = signIn(wrong);
            assertThat(attempt.json().get("message").asString()).isEqualTo("验证码不正确");
        }

        assertThat(signIn(code).json().get("message").asString()).isEqualTo("验证码已过期，请重新获取验证码");
    }

    @Test
    void aCodeIsUsedOnce() throws Exception {
        String code = requestCode();
        assertThat(signIn(code).json().get("status").asInt()).isEqualTo(1);

        assertThat(signIn(code).json().get("message").asString()).isEqualTo("验证码已过期，请重新获取验证码");
    }

    @Test
    void aFrozenAccountCannotSignIn() throws Exception {
        Answer registered = signIn(requestCode());
        String uid = registered.json().get("result").get("uid").asString();
        var account = accounts.findByUid(uid).orElseThrow();
        account.changeStatus(AccountStatus.FROZEN);
        accounts.save(account);
        clock.advance(Duration.ofSeconds(61));

        Answer frozen = signIn(requestCode());

        assertThat(frozen.status()).isEqualTo(200);
        assertThat(frozen.json().get("status").asInt()).isZero();
        assertThat(frozen.json().get("errorCode").asInt()).isEqualTo(100002);
        assertThat(frozen.json().get("message").asString()).isEqualTo("账号已被冻结");
        assertThat(lookUp(uid, registered.json().get("result").get("accessToken").asString()).status())
                .isEqualTo(404);
    }

    @Test
    void badInputIsAnAppSurface400NamingTheField() {
        Answer badMobile = http.postJson("/account/captcha", "{\"countryCode\":\"86\",\"mobile\":\"12345\"}");
        Answer badCaptcha = http.postJson("/account/login/captcha",
                "{\"countryCode\":\"86\",\"mobile\":\"" + mobile + "\",\"captcha\":\"12ab\"}");
        Answer malformed = http.postJson("/account/captcha", "{\"mobile\":");
        Answer wrongType = http.postJson("/account/captcha", "{\"mobile\":[1,2]}");
        Answer missing = http.postJson("/account/login/captcha", "{}");

        assertThat(badMobile.status()).isEqualTo(400);
        assertThat(badMobile.json().get("errors").has("mobile")).isTrue();
        assertThat(badCaptcha.status()).isEqualTo(400);
        assertThat(badCaptcha.json().get("errors").get("captcha").get(0).asString()).isEqualTo("验证码格式不正确");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("status").asInt()).isZero();
    }

    private String phoneJson() {
        return "{\"countryCode\":\"86\",\"mobile\":\"" + mobile + "\"}";
    }

    /** Requests a code and reads it from the message account-service asked notification-service to send. */
    private String requestCode() {
        Answer sent = http.postJson("/account/captcha", phoneJson());
        assertThat(sent.json().get("status").asInt()).as(sent.body()).isEqualTo(1);
        JsonNode message = SentMessages.newestTo(bootstrapServers, "+86" + mobile);
        assertThat(message.get("channel").asString()).isEqualTo("sms");
        return message.get("code").asString();
    }

    private Answer signIn(String code) {
        return http.postJson("/account/login/captcha",
                "{\"countryCode\":\"86\",\"mobile\":\"" + mobile + "\",\"captcha\":\"" + code + "\"}",
                "Client-Type", "1");
    }

    private static String basic(String uid, String token) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((uid + ":" + token).getBytes());
    }

    private Answer lookUp(String uid, String token) {
        return http.postJson("/internal/app-sessions/lookup",
                "{\"uid\":\"" + uid + "\",\"accessToken\":\"" + token + "\"}");
    }
}
