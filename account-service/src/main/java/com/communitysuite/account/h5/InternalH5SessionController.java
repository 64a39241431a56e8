package com.communitysuite.account.h5;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the gateway only: the visitor behind an H5 token from the {@code chaoqer_wx_code} cookie (the token travels in
 * the body, never in a URL); 404 for an unknown or expired one.
 */
@RestController
class InternalH5SessionController {

    private final H5Sessions sessions;

    InternalH5SessionController(H5Sessions sessions) {
        this.sessions = sessions;
    }

    record LookupRequest(@NotBlank @Size(max = 128) String token) {
    }

    @PostMapping("/internal/h5-sessions/lookup")
    @PreAuthorize("@access.service()")
    ResponseEntity<H5Sessions.Visitor> lookUp(@Valid @RequestBody LookupRequest request) {
        return sessions.lookUp(request.token()).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
