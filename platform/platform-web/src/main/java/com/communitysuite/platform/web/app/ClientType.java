package com.communitysuite.platform.web.app;

import com.communitysuite.platform.web.ApiProblem;

/** The app surface's {@code Client-Type} header: 0 web, 1 iOS, 2 Android. */
public enum ClientType {
    WEB(0), IOS(1), ANDROID(2);

    public static final String HEADER = "Client-Type";

    private final int code;

    ClientType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ClientType of(int code) {
        for (ClientType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("No client type " + code);
    }

    /** @throws ApiProblem a 400 naming the header when it is missing or not 0, 1 or 2 */
    public static ClientType fromHeader(String value) {
        if (value != null) {
            switch (value.trim()) {
                case "0": return WEB;
                case "1": return IOS;
                case "2": return ANDROID;
                default: break;
            }
        }
        throw ApiProblem.badRequest(HEADER, "must be 0 (Web), 1 (iOS) or 2 (Android)");
    }
}
