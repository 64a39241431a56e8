package com.communitysuite.clubroom.agora;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * Agora RTC tokens (AccessToken2, {@code 007}) signed with the project's certificate, one per participant and role:
 * the token names the participant's own Agora uid, so one user's token cannot be shared to publish as another (the
 * original handed a whole room one uid-0 publisher token).
 */
public class AgoraRtcTokens implements RtcTokens {

    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final int JOIN = 1;
    private static final int PUBLISH_AUDIO = 2;
    private static final int PUBLISH_VIDEO = 3;
    private static final int PUBLISH_DATA = 4;

    private final String appId;
    private final String appCertificate;
    private final Duration expiry;
    private final Clock clock;
    private final IntSupplier salts;

    public AgoraRtcTokens(String appId, String appCertificate, Duration expiry, Clock clock, IntSupplier salts) {
        if (appId == null || !HEX32.matcher(appId).matches() || appCertificate == null
                || !HEX32.matcher(appCertificate).matches()) {
            throw new IllegalStateException("club-room.agora.app-id and app-certificate must be 32 hex digits each");
        }
        if (expiry.isNegative() || expiry.isZero() || expiry.toSeconds() > Integer.MAX_VALUE) {
            throw new IllegalStateException("club-room.agora.token-expiry must be positive");
        }
        this.appId = appId;
        this.appCertificate = appCertificate;
        this.expiry = expiry;
        this.clock = clock;
        this.salts = salts;
    }

    @Override
    public String token(String channelName, long rtcUid, RtcRole role) {
        int seconds = (int) expiry.toSeconds();
        Map<Integer, Integer> privileges = role == RtcRole.PUBLISHER
                ? Map.of(JOIN, seconds, PUBLISH_AUDIO, seconds, PUBLISH_VIDEO, seconds, PUBLISH_DATA, seconds)
                : Map.of(JOIN, seconds);
        return AccessToken2.rtc(appId, appCertificate, channelName, uidText(rtcUid),
                clock.instant().getEpochSecond(), seconds, salts.getAsInt(), privileges);
    }

    /** Agora's builders write uid 0 as "" and others as the unsigned 32-bit decimal. */
    static String uidText(long rtcUid) {
        long unsigned = rtcUid & 0xFFFFFFFFL;
        return unsigned == 0 ? "" : Long.toString(unsigned);
    }
}
