package com.communitysuite.meeting.conferencing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tencent Meeting's AK/SK request signature, as its official SDKs compute it (no Java library of it is published on
 * Maven Central): Base64 of the lowercase hex HMAC-SHA256 of
 * {@code METHOD\nX-TC-Key=..&X-TC-Nonce=..&X-TC-Timestamp=..\nURI\nbody}.
 */
final class TencentSignature {

    private TencentSignature() {
    }

    static String sign(String secretId, String secretKey, String nonce, String timestamp, String method,
            String requestUri, String body) {
        String toSign = method + "\n" + "X-TC-Key=" + secretId + "&X-TC-Nonce=" + nonce + "&X-TC-Timestamp="
                + timestamp + "\n" + requestUri + "\n" + (body == null ? "" : body);
        String hex = HexFormat.of().formatHex(hmacSha256(secretKey, toSign));
        return Base64.getEncoder().encodeToString(hex.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmacSha256(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
