package com.communitysuite.notification.push;

/** A bound device: its JPush registration id and its platform. */
public record PushDevice(String registrationId, PushPlatform platform) {
}
