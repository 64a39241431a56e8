package com.communitysuite.clubroom.h5;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * WeChat's JS-SDK config signature (integrations.md 2c): SHA-1 of
 * {@code jsapi_ticket=…&noncestr=…&timestamp=…&url=…}, keys in that (ASCII) order, nothing URL-encoded, the URL
 * without its fragment.
 */
final class JsSdkSignature {

    private JsSdkSignature() {
    }

    static String sign(String jsapiTicket, String nonceStr, long timestamp, String url) {
        String plain = "jsapi_ticket=" + jsapiTicket + "&noncestr=" + nonceStr + "&timestamp=" + timestamp + "&url="
                + withoutFragment(url);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(plain.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
