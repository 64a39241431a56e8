package com.communitysuite.clubroom.agora;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Agora's AccessToken2 ({@code 007}) for one RTC service, as Agora's {@code AccessToken2}/{@code RtcTokenBuilder2}
 * build it (integrations.md section 3b). Written here because Agora publishes its Java builder only as sources in
 * {@code AgoraIO/Tools}, not on Maven Central; the official test vectors pin it down ({@code AccessToken2Test}).
 */
final class AccessToken2 {

    static final String VERSION = "007";
    private static final int RTC_SERVICE = 1;

    private AccessToken2() {
    }

    /**
     * @param issuedAt   Unix seconds
     * @param expire     the token's validity, seconds from {@code issuedAt}
     * @param salt       a random int
     * @param uid        the RTC uid as Agora's builders write it ({@code ""} for uid 0)
     * @param privileges privilege id (1 join, 2 audio, 3 video, 4 data) to validity in seconds from now
     */
    static String rtc(String appId, String appCertificate, String channelName, String uid, long issuedAt, int expire,
            int salt, Map<Integer, Integer> privileges) {
        Packer body = new Packer()
                .string(appId)
                .uint32(issuedAt)
                .uint32(expire)
                .uint32(salt)
                .uint16(1)
                .uint16(RTC_SERVICE)
                .map(new TreeMap<>(privileges))
                .string(channelName)
                .string(uid);
        byte[] signing = hmac(uint32(salt), hmac(uint32(issuedAt), appCertificate.getBytes(StandardCharsets.UTF_8)));
        byte[] signature = hmac(signing, body.bytes());
        byte[] content = new Packer().bytes(signature).raw(body.bytes()).bytes();
        return VERSION + Base64.getEncoder().encodeToString(deflate(content));
    }

    private static byte[] uint32(long value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array();
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** zlib at its default level, as Agora's builder and Python's {@code zlib.compress} write it. */
    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** Agora's {@code ByteBuf}: little-endian integers, length-prefixed bytes and strings, sorted maps. */
    private static final class Packer {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Packer uint16(int value) {
            out.write(value & 0xFF);
            out.write((value >>> 8) & 0xFF);
            return this;
        }

        Packer uint32(long value) {
            out.writeBytes(AccessToken2.uint32(value));
            return this;
        }

        Packer bytes(byte[] value) {
            uint16(value.length);
            out.writeBytes(value);
            return this;
        }

        Packer string(String value) {
            return bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        Packer raw(byte[] value) {
            out.writeBytes(value);
            return this;
        }

        Packer map(TreeMap<Integer, Integer> entries) {
            uint16(entries.size());
            entries.forEach((key, value) -> {
                uint16(key);
                uint32(value);
            });
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
