package com.communitysuite.meeting.conferencing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Huawei Cloud Meeting's App ID authentication header (no Java library of it is published on Maven Central):
 * {@code HMAC-SHA256 signature=<hex HMAC-SHA256(appKey, appId:userId:expireTime:nonce)>,access=<base64(appId)>}.
 */
final class HuaweiAppAuth {

    private HuaweiAppAuth() {
    }

    static String authorization(String appId, String appKey, String userId, long expireTime, String nonce) {
        String data = appId + ":" + (userId == null ? "" : userId) + ":" + expireTime + ":" + nonce;
        String signature = HexFormat.of().formatHex(TencentSignature.hmacSha256(appKey, data));
        return "HMAC-SHA256 signature=" + signature + ",access="
                + Base64.getEncoder().encodeToString(appId.getBytes(StandardCharsets.UTF_8));
    }
}
