package com.communitysuite.account.wechat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
class WeChatConfiguration {

    @Bean
    WeChatSessions weChatSessions(WeChatProperties properties, Environment environment) {
        if ("local".equals(properties.mode())) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("account.wechat.mode=local takes any code as an openid:"
                        + " it is refused under the prod profile");
            }
            return new LocalWeChatSessions();
        }
        return new WeChatApiSessions(properties);
    }
}
