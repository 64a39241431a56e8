package com.communitysuite.activity.wxcode;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
class MiniProgramCodeConfiguration {

    @Bean
    MiniProgramCodes miniProgramCodes(MiniProgramCodeProperties properties, Environment environment, Clock clock) {
        if ("local".equals(properties.mode())) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("activity.wechat.mode=local draws codes WeChat cannot open:"
                        + " it is refused under the prod profile");
            }
            return new LocalMiniProgramCodes();
        }
        return new WeChatMiniProgramCodes(properties, clock);
    }
}
