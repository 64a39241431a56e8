package com.communitysuite.clubroom.room;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Rooms' settings; presence leaves silent connections on a schedule ({@link RoomLive#leaveSilentConnections}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ RoomProperties.class, PresenceProperties.class })
class RoomConfiguration {
}
