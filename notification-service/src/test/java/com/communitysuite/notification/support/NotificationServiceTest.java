package com.communitysuite.notification.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * notification-service's one shared test context: the whole service with a clock tests move, the outside world
 * played by one WireMock server (JPush {@code /v3/push}, Dysms {@code /}, WeChat {@code /cgi-bin/*}, account-service
 * {@code /internal/accounts/wechat-openids}, which answers openid {@code o-<accountId>} for every account) and a
 * GreenMail SMTP server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceIntegrationTest
@Import(NotificationServiceTest.TestDoubles.class)
public @interface NotificationServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestDoubles {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean(destroyMethod = "stop")
        WireMockServer outside() {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                    .globalTemplating(true));
            server.start();
            OutsideWorld.stubDefaults(server);
            return server;
        }

        @Bean(destroyMethod = "stop")
        GreenMail smtp() {
            GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            mail.start();
            return mail;
        }

        @Bean
        DynamicPropertyRegistrar outsideAddresses(WireMockServer outside, GreenMail smtp) {
            return registry -> {
                registry.add("notification.push.jpush.base-url", outside::baseUrl);
                registry.add("notification.sms.aliyun.base-url", outside::baseUrl);
                registry.add("notification.wechat.base-url", outside::baseUrl);
                registry.add("spring.cloud.openfeign.client.config.wechatOpenids.url", outside::baseUrl);
                registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
            };
        }
    }

    /** The outside services' usual answers; a test may stub a different one at a higher priority. */
    final class OutsideWorld {

        private OutsideWorld() {
        }

        public static void stubDefaults(WireMockServer server) {
            server.resetAll();
            server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)));
            server.stubFor(post(urlPathEqualTo("/v3/push")).atPriority(5)
                    .willReturn(okJson("{\"sendno\":\"0\",\"msg_id\":\"18103083292408631\"}")));
            server.stubFor(get(urlPathEqualTo("/")).atPriority(5)
                    .willReturn(okJson("{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"900619746936498440^0\","
                            + "\"RequestId\":\"r-1\"}")));
            server.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).atPriority(5)
                    .willReturn(okJson("{\"access_token\":\"wx-token-1\",\"expires_in\":7200}")));
            server.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).atPriority(5)
                    .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":294402298110051942}")));
            server.stubFor(post(urlPathEqualTo("/internal/accounts/wechat-openids")).atPriority(5)
                    .willReturn(okJson("{\"accounts\":[{{#each (jsonPath request.body '$.accountIds') as |id|}}"
                            + "{{#unless @first}},{{/unless}}{\"accountId\":{{id}},\"openid\":\"o-{{id}}\"}"
                            + "{{/each}}]}")));
        }
    }
}
