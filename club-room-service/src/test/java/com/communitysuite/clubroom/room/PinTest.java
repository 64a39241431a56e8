package com.communitysuite.clubroom.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.domain.InvalidInputException;

class PinTest {

    private static final Instant NOW = Instant.ofEpochMilli(1_614_433_968_620L);

    @Test
    void aPinIsNamedByTheMd5OfWhatItPins() {
        Pin pin = Pin.of(ToolKind.LINK, "https://example.com/", "speaker", "host", NOW);
        // md5("https://example.com/")
        assertThat(pin.pinId()).isEqualTo("182ccedb33a9e03fbf1079b209da1a31");
        assertThat(Pin.of(ToolKind.IMAGE, "https://example.com/", null, "other", NOW).pinId())
                .isEqualTo(pin.pinId());
    }

    @Test
    void onlyImagesAndLinksArePinned() {
        assertThatThrownBy(() -> Pin.of(ToolKind.ICON, "heart", null, "host", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Pin.of(ToolKind.IMAGE, "javascript:alert(1)", null, "host", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessage(ToolKind.NOT_A_LINK);
    }
}
