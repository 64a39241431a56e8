package com.communitysuite.account.h5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.communitysuite.platform.domain.InvalidInputException;

/** A WeChat web login returns only to pages of the configured H5 origins: never an open redirect. */
class H5ReturnAddressesTest {

    private final H5ReturnAddresses addresses = new H5ReturnAddresses(new H5Properties(
            List.of("http://localhost:*", "https://h5.example.com"), true, Duration.ofDays(30)));

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:3000/h5/room/abc?from=share#top", "http://localhost/h5/club/7",
            "https://h5.example.com/h5/profile/2701a6fbd0464da99789c9ad1ca1c654", "HTTPS://H5.Example.COM/h5/event/3",
            "https://h5.example.com:443/x" })
    void aPageOfAnAllowedOriginIsWhereTheBrowserGoesBack(String state) {
        assertThat(addresses.check(state)).isEqualTo(URI.create(state));
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example.com/h5/room/1", "http://h5.example.com/h5/room/1",
            "https://h5.example.com:8443/h5/room/1", "https://h5.example.com.evil.io/", "http://localhost.evil.io/",
            "https://evil.io/?next=https://h5.example.com/", "http://localhost:3000@evil.io/",
            "https://h5.example.com@evil.io/", "http://user@localhost:3000/", "//h5.example.com/h5/room/1",
            "/h5/room/1", "h5.example.com/h5/room/1", "javascript:alert(1)", "https:h5.example.com",
            "ftp://localhost/x", "data:text/html,<script>x</script>", "http://evil.io\\@localhost/",
            "https://h5.example.com/a\r\nSet-Cookie: x=1", "http://[::1]:3000/", " ", "" })
    void anyOtherAddressIsA400NamingState(String state) {
        assertThatThrownBy(() -> addresses.check(state)).as(state)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("state");
                    assertThat(e.reason()).isEqualTo(H5ReturnAddresses.REASON);
                });
    }

    @Test
    void aTooLongOrMissingAddressIsRefused() {
        assertThatThrownBy(() -> addresses.check("https://h5.example.com/" + "a".repeat(2048)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> addresses.check(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void withoutConfiguredOriginsNothingIsAllowedAndAWildcardIsRefused() {
        H5ReturnAddresses none = new H5ReturnAddresses(new H5Properties(List.of(), true, null));

        assertThatThrownBy(() -> none.check("http://localhost:3000/h5/room/1"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new H5Properties(List.of("*"), true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
