package com.communitysuite.account.h5;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.web.cors.CorsConfiguration;

import com.communitysuite.platform.domain.InvalidInputException;

/**
 * Where a WeChat web login may send the browser back to: an absolute http(s) URL of an allowed H5 origin, so the
 * login is never an open redirect. Origins are matched as the gateway's CORS origins are (Spring's origin patterns).
 */
final class H5ReturnAddresses {

    static final String REASON = "h5.state-not-allowed";
    static final String NOT_ALLOWED = "跳转地址不是允许的H5页面";
    static final int MAX_LENGTH = 2048;

    private final CorsConfiguration origins = new CorsConfiguration();

    H5ReturnAddresses(H5Properties properties) {
        origins.setAllowedOriginPatterns(properties.allowedOrigins());
    }

    /** @throws InvalidInputException naming {@code state} when it is no address of an allowed H5 origin */
    URI check(String state) {
        URI address = parse(state);
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || address.isOpaque() || address.getHost() == null
                || address.getRawUserInfo() != null) {
            throw notAllowed();
        }
        // An origin is written without its scheme's default port (https://h5.example.com, not ...:443); a pattern
        // with a port (http://localhost:*) names it explicitly. Either form of the address's origin may match.
        String host = scheme + "://" + address.getHost().toLowerCase(Locale.ROOT);
        int port = address.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : address.getPort();
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        if (origins.checkOrigin(host + ":" + port) == null
                && !(defaultPort && origins.checkOrigin(host) != null)) {
            throw notAllowed();
        }
        return address;
    }

    private static URI parse(String state) {
        if (state == null || state.isBlank() || state.length() > MAX_LENGTH) {
            throw notAllowed();
        }
        try {
            return new URI(state);
        }
        catch (URISyntaxException e) {
            throw notAllowed();
        }
    }

    private static InvalidInputException notAllowed() {
        return new InvalidInputException(REASON, "state", NOT_ALLOWED);
    }
}
