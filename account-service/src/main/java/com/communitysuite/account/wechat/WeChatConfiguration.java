package com.communitysuite.account.wechat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
class WeChatConfiguration {

    static final List<String> SURFACES = List.of("mp", "campus");
    /** The official account whose web authorisation the H5 share pages use. */
    static final String H5 = "h5";

    @Bean
    WeChatLogins weChatLogins(WeChatProperties properties, Environment environment) {
        Map<String, WeChatSessions> bySurface = new HashMap<>();
        if (local(properties, environment)) {
            SURFACES.forEach(surface -> bySurface.put(surface, new LocalWeChatSessions()));
        }
        else {
            SURFACES.forEach(surface -> bySurface.put(surface, new WeChatApiSessions(properties.baseUrl(),
                    properties.timeout(), properties.apps().get(surface))));
        }
        return new WeChatLogins(bySurface);
    }

    @Bean
    WeChatWebLogins weChatWebLogins(WeChatProperties properties, Environment environment) {
        if (local(properties, environment)) {
            return new LocalWeChatWebLogins();
        }
        return new WeChatApiWebLogins(properties.baseUrl(), properties.timeout(), properties.apps().get(H5));
    }

    private static boolean local(WeChatProperties properties, Environment environment) {
        if (!"local".equals(properties.mode())) {
            return false;
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("account.wechat.mode=local takes any code as an openid:"
                    + " it is refused under the prod profile");
        }
        return true;
    }
}
