package com.communitysuite.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.ServiceIntegrationTest;

/**
 * account-service's one shared test context: the whole service with a clock tests can move, and user-service
 * played by WireMock (every profile unknown unless a test stubs one).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceIntegrationTest
@Import(AccountServiceTest.TestDoubles.class)
public @interface AccountServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestDoubles {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean(destroyMethod = "stop")
        WireMockServer userService() {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
            server.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(10)
                    .willReturn(WireMock.aResponse().withStatus(404)));
            return server;
        }

        @Bean
        DynamicPropertyRegistrar userServiceAddress(WireMockServer userService) {
            return registry -> registry.add("spring.cloud.openfeign.client.config.userProfiles.url",
                    userService::baseUrl);
        }
    }
}
