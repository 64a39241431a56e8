package com.communitysuite.user.appversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class UpgradeOfferTest {

    @Test
    void noOfferWhenTheClientHasTheNewestVersion() {
        assertThat(UpgradeOffer.from(List.of(version(19, false)), 19)).isEmpty();
        assertThat(UpgradeOffer.from(List.of(), 3)).isEmpty();
    }

    @Test
    void offersTheNewestVersionWithoutForcingWhenFewVersionsBehind() {
        UpgradeOffer offer = UpgradeOffer.from(List.of(version(19, false), version(18, false), version(17, false)), 17)
                .orElseThrow();

        assertThat(offer.version().versionCode()).isEqualTo(19);
        assertThat(offer.forced()).isFalse();
    }

    @Test
    void forcesTheUpgradeWhenAnyNewerVersionIsForced() {
        assertThat(UpgradeOffer.from(List.of(version(19, false), version(18, true)), 17).orElseThrow().forced())
                .isTrue();
    }

    @Test
    void forcesTheUpgradeWhenFourOrMoreVersionsBehind() {
        List<AppVersion> fiveVersions = IntStream.of(20, 19, 18, 17, 16).mapToObj(code -> version(code, false)).toList();
        List<AppVersion> fourVersions = fiveVersions.subList(0, 4);

        assertThat(UpgradeOffer.from(fiveVersions, 16).orElseThrow().forced()).isTrue();
        assertThat(UpgradeOffer.from(fourVersions, 17).orElseThrow().forced()).isFalse();
    }

    private static AppVersion version(int code, boolean forced) {
        AppVersion version = new AppVersion();
        ReflectionTestUtils.setField(version, "versionCode", code);
        ReflectionTestUtils.setField(version, "forcedUpgrade", (short) (forced ? 1 : 0));
        return version;
    }
}
