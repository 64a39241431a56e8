package com.communitysuite.clubroom.agora;

import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgoraProperties.class)
class AgoraConfiguration {

    @Bean
    RtcTokens rtcTokens(AgoraProperties properties, Clock clock, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod")) && (properties.appId() == null || properties.isLocal())) {
            throw new IllegalStateException("club-room.agora holds the local suite's stand-in project (or nothing):"
                    + " it is refused under the prod profile; set AGORA_APP_ID and AGORA_APP_CERTIFICATE");
        }
        SecureRandom random = new SecureRandom();
        return new AgoraRtcTokens(properties.appId(), properties.appCertificate(), properties.tokenExpiry(), clock,
                random::nextInt);
    }
}
