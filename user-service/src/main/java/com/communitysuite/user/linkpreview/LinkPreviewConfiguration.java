package com.communitysuite.user.linkpreview;

import java.time.Duration;

import javax.net.SocketFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class LinkPreviewConfiguration {

    @Bean
    SafeLinkFetcher safeLinkFetcher(@Value("${user.link-preview.connect-timeout:3s}") Duration connectTimeout,
            @Value("${user.link-preview.total-timeout:8s}") Duration totalTimeout,
            @Value("${user.link-preview.max-size:1MB}") DataSize maxSize,
            @Value("${user.link-preview.max-redirects:3}") int maxRedirects) {
        return new SafeLinkFetcher(HostResolver.system(), AddressPolicy.publicWebOnly(), SocketFactory.getDefault(),
                connectTimeout, totalTimeout, (int) maxSize.toBytes(), maxRedirects);
    }
}
