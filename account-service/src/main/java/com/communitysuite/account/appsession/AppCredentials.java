package com.communitysuite.account.appsession;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The app surface's {@code Authorization: Basic base64(uid:accessToken)}. */
record AppCredentials(String uid, String accessToken) {

    static Optional<AppCredentials> parse(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] parts = decoded.split(":", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new AppCredentials(parts[0], parts[1]));
    }
}
