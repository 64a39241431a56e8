package com.communitysuite.clubroom.agora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Agora's official AccessToken2 test vectors (integrations.md 3b; AgoraIO/Tools AccessToken2Test). */
class AgoraRtcTokensTest {

    private static final String APP_ID = "970CA35de60c44645bbae8a215061b33";
    private static final String APP_CERTIFICATE = "5CFd2fd1755d40ecb72977518be15d3b";
    private static final String CHANNEL = "7d72365eb983485397e3e3f9d460bdda";
    private static final long ISSUED_AT = 1111111;

    @Test
    void theOfficialRtcVectorForAUid() {
        assertThat(AccessToken2.rtc(APP_ID, APP_CERTIFICATE, CHANNEL, "2882341273", ISSUED_AT, 600, 1, Map.of(1, 600)))
                .isEqualTo("007eJxTYBBbsMMnKq7p9Hf/HcIX5kce9b518kCiQgSr5Zrp4X1Tu6UUGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxN"
                        + "DcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiVwMRhYWRsYmhkbmxgDC"
                        + "aiTj");
    }

    @Test
    void theOfficialRtcVectorForUidZero() {
        assertThat(AccessToken2.rtc(APP_ID, APP_CERTIFICATE, CHANNEL, "", ISSUED_AT, 600, 1, Map.of(1, 600)))
                .isEqualTo("007eJxTYLhzZP08Lxa1Pg57+TcXb/3cZ3wi4V6kbpbOog0G2dOYk20UGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxN"
                        + "DcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiQwMADacImo=");
    }

    @Test
    void hostsAndSpeakersPublishTheAudienceOnlyJoins() {
        AgoraRtcTokens tokens = new AgoraRtcTokens(APP_ID, APP_CERTIFICATE, Duration.ofSeconds(600),
                Clock.fixed(Instant.ofEpochSecond(ISSUED_AT), ZoneOffset.UTC), () -> 1);

        assertThat(tokens.token(CHANNEL, 2882341273L, RtcRole.PUBLISHER))
                .isEqualTo("007eJxTYDhuGCT90E3Yo2+N3efJV5hX1K1MZAqae/Sa8UP9VXvOhfArMFiaGzg7GpumpJoZJJuYmJmYJiUlplokGhma"
                        + "GpgZJhkbu38RYIhgYmBgZABhRgYWIAbxmcAkM5hkAZMKDOYp5kbGZqapSZYWxiYWpsaW5qnGqcZplikmZgZJKSmJXAxG"
                        + "FhZGxiaGRubGAKizJcs=");
        assertThat(tokens.token(CHANNEL, 2882341273L, RtcRole.SUBSCRIBER))
                .isEqualTo(AccessToken2.rtc(APP_ID, APP_CERTIFICATE, CHANNEL, "2882341273", ISSUED_AT, 600, 1,
                        Map.of(1, 600)));
    }

    @Test
    void uidsAreWrittenAsUnsigned32BitDecimalsAndZeroAsEmpty() {
        assertThat(AgoraRtcTokens.uidText(0)).isEmpty();
        assertThat(AgoraRtcTokens.uidText(-1)).isEqualTo("4294967295");
        assertThat(AgoraRtcTokens.uidText(7)).isEqualTo("7");
    }

    @Test
    void aProjectWithoutAProperAppIdOrCertificateDoesNotStart() {
        assertThatThrownBy(() -> new AgoraRtcTokens("short", APP_CERTIFICATE, Duration.ofHours(1), Clock.systemUTC(),
                () -> 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new AgoraRtcTokens(APP_ID, null, Duration.ofHours(1), Clock.systemUTC(), () -> 1))
                .isInstanceOf(IllegalStateException.class);
    }
}
