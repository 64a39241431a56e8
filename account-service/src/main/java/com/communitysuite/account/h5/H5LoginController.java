package com.communitysuite.account.h5;

import java.net.URI;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.platform.web.mvc.AppApi;

/**
 * The H5 share pages' WeChat web login (app document, "H5"; the original's {@code H5LoginInterceptor}): WeChat's
 * {@code snsapi_base} authorisation redirects here with a {@code code} and the page's address as {@code state}; the
 * visitor gets an H5 token in the {@code chaoqer_wx_code} cookie and goes back to the page.
 */
@AppApi
class H5LoginController {

    static final String COOKIE = "chaoqer_wx_code";

    private final H5Sessions sessions;
    private final H5ReturnAddresses returnAddresses;
    private final H5Properties properties;

    H5LoginController(H5Sessions sessions, H5Properties properties) {
        this.sessions = sessions;
        this.returnAddresses = new H5ReturnAddresses(properties);
        this.properties = properties;
    }

    /**
     * 302 to {@code state}, only an address of an allowed H5 origin (else a 400 naming {@code state}); with the
     * cookie when WeChat identified the visitor, without it when not (the pages are readable without login).
     */
    @GetMapping("/h5/redirect")
    ResponseEntity<Void> redirect(@RequestParam @NotBlank @Size(max = 128) String code,
            @RequestParam @NotBlank @Size(max = H5ReturnAddresses.MAX_LENGTH) String state) {
        URI page = returnAddresses.check(state);
        Optional<String> token = sessions.open(code);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.FOUND).location(page)
                .cacheControl(CacheControl.noStore());
        token.ifPresent(value -> answer.header(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value)
                .httpOnly(true)
                .secure(properties.secureCookie())
                .sameSite("Lax")
                .path("/h5")
                .maxAge(properties.sessionValidity())
                .build().toString()));
        return answer.build();
    }
}
