package com.communitysuite.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class RoutesHealthIndicatorTest {

    @Test
    void theServiceOfAnHttpAndOfAWebSocketRoute() {
        assertThat(RoutesHealthIndicator.serviceOf(URI.create("lb://user-service"))).isEqualTo("user-service");
        assertThat(RoutesHealthIndicator.serviceOf(URI.create("lb:ws://club-room-service")))
                .isEqualTo("club-room-service");
    }
}
