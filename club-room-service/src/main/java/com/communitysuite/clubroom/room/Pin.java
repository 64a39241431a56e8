package com.communitysuite.clubroom.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import com.communitysuite.platform.domain.InvalidInputException;

/**
 * An image or a link a host pinned in the room (the original's {@code pin}). Its id is the MD5 (hex) of the content,
 * as the original's, so the same thing is pinned once.
 *
 * @param fromUid whose shown tool it was, or null
 */
public record Pin(String pinId, ToolKind kind, String data, String fromUid, String pinnedBy, Instant pinnedAt) {

    /** A room holds at most this many pins (the original had no limit; every newcomer is sent them all). */
    public static final int MAX_PER_ROOM = 20;

    /** @throws InvalidInputException for an icon (it is gone in seconds) or content that does not fit its kind */
    static Pin of(ToolKind kind, String data, String fromUid, String pinnedBy, Instant now) {
        if (kind == ToolKind.ICON) {
            throw new InvalidInputException("tool", ToolKind.BAD_INPUT);
        }
        return new Pin(idOf(kind.check(data)), kind, data, fromUid, pinnedBy, now);
    }

    static String idOf(String data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
