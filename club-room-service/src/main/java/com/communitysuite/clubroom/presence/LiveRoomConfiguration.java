package com.communitysuite.clubroom.presence;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Registers the presence channel. Any origin may connect: the channel is authenticated by the identity the gateway
 * forwards on the upgrade request, never by cookies, so a foreign page gains nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class LiveRoomConfiguration implements WebSocketConfigurer {

    private final LiveRoomHandler handler;

    LiveRoomConfiguration(LiveRoomHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/room/*/live").addInterceptors(handler).setAllowedOriginPatterns("*");
    }
}
