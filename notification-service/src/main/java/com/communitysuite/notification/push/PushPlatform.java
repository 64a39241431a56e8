package com.communitysuite.notification.push;

import java.util.Optional;

/** The platforms JPush delivers to, by the app's {@code Client-Type} (web clients, 0, have no push). */
public enum PushPlatform {
    IOS(1, "ios"), ANDROID(2, "android");

    private final int clientType;
    private final String jpushName;

    PushPlatform(int clientType, String jpushName) {
        this.clientType = clientType;
        this.jpushName = jpushName;
    }

    public int clientType() {
        return clientType;
    }

    /** The name in JPush's {@code platform} and {@code notification} fields. */
    public String jpushName() {
        return jpushName;
    }

    public static Optional<PushPlatform> forClientType(Integer clientType) {
        if (clientType == null) {
            return Optional.empty();
        }
        for (PushPlatform platform : values()) {
            if (platform.clientType == clientType) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }

    static PushPlatform ofClientType(int clientType) {
        return forClientType(clientType).orElseThrow(() -> new IllegalStateException("client type " + clientType));
    }
}
