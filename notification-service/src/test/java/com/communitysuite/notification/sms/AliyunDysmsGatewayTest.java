package com.communitysuite.notification.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** SendSms as Aliyun answers it: signed parameters sent, success only with Code OK. */
class AliyunDysmsGatewayTest {

    static final WireMockServer aliyun = new WireMockServer(options().dynamicPort());
    AliyunDysmsGateway gateway;

    @BeforeAll
    static void start() {
        aliyun.start();
    }

    @AfterAll
    static void stop() {
        aliyun.stop();
    }

    @BeforeEach
    void gateway() {
        aliyun.resetAll();
        gateway = new AliyunDysmsGateway(new SmsProperties.Aliyun(aliyun.baseUrl(), null, "testId", "testSecret",
                "阿里云短信测试专用", "SMS_71390007", Duration.ofMillis(800)),
                Clock.fixed(Instant.parse("2017-07-12T02:42:19Z"), ZoneOffset.UTC));
    }

    @Test
    void sendsTheCaptchaSignedSoThatAliyunCanCheckTheSignature() {
        aliyun.stubFor(get(urlPathEqualTo("/")).willReturn(okJson("{\"Code\":\"OK\",\"Message\":\"OK\","
                + "\"BizId\":\"b-1\",\"RequestId\":\"r-1\"}")));

        assertThat(gateway.send("+8615300000001", "1234", Map.of())).isEqualTo(new SmsGateway.Sent("b-1"));

        LoggedRequest request = aliyun.findAll(getRequestedFor(urlPathEqualTo("/"))).get(0);
        Map<String, String> received = new LinkedHashMap<>();
        request.getQueryParams().forEach((name, value) -> received.put(name, value.firstValue()));
        assertThat(received).containsEntry("PhoneNumbers", "15300000001").containsEntry("SignName", "阿里云短信测试专用")
                .containsEntry("TemplateCode", "SMS_71390007").containsEntry("TemplateParam", "{\"code\":\"1234\"}")
                .containsEntry("Timestamp", "2017-07-12T02:42:19Z").containsEntry("Version", "2017-05-25")
                .containsEntry("RegionId", "cn-hangzhou").containsEntry("SignatureMethod", "HMAC-SHA1");
        String signature = received.remove("Signature");
        assertThat(signature).isEqualTo(DysmsSignature.sign("GET", received, "testSecret"));
    }

    @Test
    void aBusinessRefusalIsFinalAndThrottlingIsPassing() {
        aliyun.stubFor(get(urlPathEqualTo("/")).willReturn(okJson("{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\","
                + "\"Message\":\"invalid mobile\"}")));
        assertThat(gateway.send("+861", "1", Map.of())).isInstanceOf(SmsGateway.Refused.class);

        aliyun.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withStatus(400).withHeader("Content-Type",
                "application/json").withBody("{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied\"}")));
        assertThat(gateway.send("+8615300000001", "1", Map.of())).isInstanceOf(SmsGateway.TryAgain.class);
    }

    @Test
    void anUnreachableOrGarbledAliyunIsTriedAgain() {
        aliyun.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(gateway.send("+8615300000001", "1", Map.of())).isInstanceOf(SmsGateway.TryAgain.class);

        aliyun.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withStatus(502).withBody("<html/>")));
        assertThat(gateway.send("+8615300000001", "1", Map.of())).isInstanceOf(SmsGateway.TryAgain.class);
    }

    @Test
    void mainlandNumbersLoseTheCountryCodeOthersThePlus() {
        assertThat(AliyunDysmsGateway.dysmsNumber("+8613900000000")).isEqualTo("13900000000");
        assertThat(AliyunDysmsGateway.dysmsNumber("+85261234567")).isEqualTo("85261234567");
    }
}
