package com.communitysuite.account.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.account.support.SentMessages;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Proving an e-mail address with a one-use, ten-minute code, and submitting the WeChat profile. */
@AccountServiceTest
class CampusEmailAndProfileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    TestHttp http;
    long id;
    String bearer;
    String email;

    @BeforeEach
    void signIn() {
        http = AsGateway.http(port);
        JsonNode login = http.postJson("/campus/userLogin/", "{\"code\":\"campus-" + UUID.randomUUID() + "\"}").json();
        id = login.get("id").asLong();
        bearer = AsGateway.identityOf(port, login.get("token").asString());
        email = "u" + UUID.randomUUID().toString().substring(0, 8) + "@buaa.edu.cn";
    }

    @Test
    void aCodeSentToAnAddressVerifiesItOnce() throws Exception {
        Answer sent = http.postJson("/campus/sendVerify/", "{\"email\":\"" + email + "\"}", "Authorization", bearer);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("status").asInt()).isZero();
        assertThat(sent.json().get("msg").asString()).isEqualTo("Email send");
        String code = codeSentTo(email);
        assertThat(code).matches("[0-9a-f]{6}");

        Answer wrong = verify(code.equals("000000") ? "111111" : "000000");
        Answer good = verify(code);
        Answer reused = verify(code);

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("status").asInt()).isEqualTo(1);
        assertThat(wrong.json().get("msg").asString()).isEqualTo("Invalid Code");
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().get("msg").asString()).isEqualTo("Valid Code");
        assertThat(reused.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT email FROM account WHERE id = ?", String.class, id)).isEqualTo(email);
    }

    @Test
    void aCodeExpiresAfterTenMinutes() throws Exception {
        http.postJson("/campus/sendVerify/", "{\"email\":\"" + email + "\"}", "Authorization", bearer);
        String code = codeSentTo(email);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(verify(code).status()).isEqualTo(400);
    }

    @Test
    void onlyTheOwnerVerifiesOrSubmitsAProfileAndOnlyWithAToken() {
        Answer anonymous = http.postJson("/campus/sendVerify/", "{\"email\":\"" + email + "\"}");
        Answer badEmail = http.postJson("/campus/sendVerify/", "{\"email\":\"not-an-address\"}", "Authorization", bearer);
        Answer someoneElse = http.postJson("/campus/verify/", "{\"verifyCode\":\"abcdef\",\"email\":\"" + email
                + "\",\"id\":" + (id + 100000) + "}", "Authorization", bearer);
        Answer othersProfile = http.postJson("/campus/userRegister/", "{\"id\":" + (id + 100000)
                + ",\"userInfo\":{\"nickName\":\"x\",\"avatarUrl\":\"https://a/b.png\"}}", "Authorization", bearer);
        Answer ownProfile = http.postJson("/campus/userRegister/", "{\"id\":" + id
                + ",\"userInfo\":{\"nickName\":\"小明\",\"avatarUrl\":\"https://a/b.png\"}}", "Authorization", bearer);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("detail").asString()).isEqualTo("缺少token。");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().get("email").isArray()).isTrue();
        assertThat(someoneElse.status()).isEqualTo(403);
        assertThat(othersProfile.status()).isEqualTo(403);
        assertThat(ownProfile.status()).isEqualTo(200);
        assertThat(ownProfile.json().get("status").asInt()).isZero();
    }

    private Answer verify(String code) {
        return http.postJson("/campus/verify/", "{\"verifyCode\":\"" + code + "\",\"email\":\"" + email + "\",\"id\":"
                + id + "}", "Authorization", bearer);
    }

    private String codeSentTo(String address) {
        return SentMessages.newestTo(bootstrapServers, address).get("code").asString();
    }
}
