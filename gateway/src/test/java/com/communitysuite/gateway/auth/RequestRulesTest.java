package com.communitysuite.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class RequestRulesTest {

    private final RequestRules rules = RequestRules.of(List.of("/mp/login/**", "GET /mp/meetings/{id}/**",
            "post /mp/logout"));

    @Test
    void anEntryWithoutAMethodMatchesEveryMethodWithAndWithoutTheTrailingSlash() {
        assertThat(matches(HttpMethod.POST, "/mp/login/")).isTrue();
        assertThat(matches(HttpMethod.GET, "/mp/login")).isTrue();
        assertThat(matches(HttpMethod.POST, "/mp/loginx/")).isFalse();
    }

    @Test
    void anEntryWithAMethodMatchesOnlyThatMethod() {
        assertThat(matches(HttpMethod.GET, "/mp/meetings/12/")).isTrue();
        assertThat(matches(HttpMethod.DELETE, "/mp/meetings/12/")).isFalse();
        assertThat(matches(HttpMethod.POST, "/mp/logout/")).isTrue();
        assertThat(matches(HttpMethod.GET, "/mp/logout/")).isFalse();
    }

    @Test
    void anEntryThatIsNotMethodAndPatternIsRefusedAtStartUp() {
        assertThatThrownBy(() -> RequestRules.of(List.of("GET mp/login"))).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestRules.of(List.of("FETCH /mp/login"))).isInstanceOf(
                IllegalArgumentException.class);
    }

    private boolean matches(HttpMethod method, String path) {
        return rules.matches(RequestRules.Target.of(MockServerWebExchange.from(MockServerHttpRequest.method(method,
                path))));
    }
}
