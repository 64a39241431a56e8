package com.communitysuite.clubroom.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.test.MutableClock;

class ShownToolTest {

    private static final Duration ICON_LIFETIME = Duration.ofSeconds(15);

    private final MutableClock clock = new MutableClock();

    @Test
    void anIconIsShownForItsLifetimeOnly() {
        ShownTool icon = ShownTool.show(ToolKind.ICON, "👏", clock.instant(), ICON_LIFETIME);
        assertThat(icon.until()).isEqualTo(clock.instant().plus(ICON_LIFETIME));
        clock.advance(Duration.ofSeconds(14));
        assertThat(icon.shownAt(clock.instant())).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(icon.shownAt(clock.instant())).as("gone after 15 s").isFalse();
    }

    @Test
    void anImageOrALinkStaysUntilCleared() {
        ShownTool image = ShownTool.show(ToolKind.IMAGE, "https://img.example/a.png", clock.instant(), ICON_LIFETIME);
        assertThat(image.until()).isNull();
        clock.advance(Duration.ofDays(1));
        assertThat(image.shownAt(clock.instant())).isTrue();
    }

    @Test
    void imagesAndLinksAreHttpAddressesOfAtMost500Characters() {
        assertThat(ToolKind.LINK.check("http://example.com/x?y=1")).isEqualTo("http://example.com/x?y=1");
        assertThat(ToolKind.IMAGE.check("HTTPS://cdn.example/a.png")).isNotNull();
        for (String bad : new String[] { "javascript:alert(1)", "ftp://example.com/a", "file:///etc/passwd",
                "example.com", "https:///nohost", "http://exa mple.com", "data:image/png;base64,AAAA" }) {
            assertThatThrownBy(() -> ToolKind.LINK.check(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessage(ToolKind.NOT_A_LINK);
        }
        String longest = "https://example.com/" + "a".repeat(480);
        assertThat(ToolKind.LINK.check(longest)).hasSize(500);
        assertThatThrownBy(() -> ToolKind.IMAGE.check(longest + "a")).isInstanceOf(InvalidInputException.class)
                .hasMessage(ToolKind.TOO_LONG);
    }

    @Test
    void anIconIsAShortLineOfText() {
        assertThat(ToolKind.ICON.check("heart")).isEqualTo("heart");
        assertThatThrownBy(() -> ToolKind.ICON.check("x".repeat(65))).hasMessage(ToolKind.TOO_LONG);
        assertThatThrownBy(() -> ToolKind.ICON.check(" ")).hasMessage(ToolKind.BAD_INPUT);
        assertThatThrownBy(() -> ToolKind.ICON.check("a\nb")).hasMessage(ToolKind.BAD_INPUT);
        assertThatThrownBy(() -> ToolKind.ICON.check(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void kindsGoByTheOriginalsNames() {
        assertThat(ToolKind.named("icon")).contains(ToolKind.ICON);
        assertThat(ToolKind.named("link")).contains(ToolKind.LINK);
        assertThat(ToolKind.named("clear")).isEmpty();
        assertThat(ToolKind.named(null)).isEmpty();
    }
}
