package com.communitysuite.clubroom.h5;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(H5WeChatProperties.class)
class H5Configuration {

    @Bean
    JsApiTickets jsApiTickets(H5WeChatProperties properties, Environment environment, Clock clock) {
        if ("local".equals(properties.mode())) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("club-room.h5.wechat.mode=local signs pages with a fake ticket:"
                        + " it is refused under the prod profile");
            }
            return new LocalJsApiTickets();
        }
        return new WeChatJsApiTickets(properties, clock);
    }
}
