package com.communitysuite.account.apikey;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** For the gateway only: the organization behind a wx {@code access_type=org} key. */
@RestController
class InternalApiKeyController {

    private final OrganizationApiKeys keys;

    InternalApiKeyController(OrganizationApiKeys keys) {
        this.keys = keys;
    }

    record LookupRequest(@NotBlank @Size(max = 128) String key) {
    }

    @PostMapping("/internal/api-keys/lookup")
    ResponseEntity<Map<String, Object>> lookUp(@Valid @RequestBody LookupRequest request) {
        return keys.lookUp(request.key())
                .map(key -> ResponseEntity.ok(Map.<String, Object>of("keyId", key.id(),
                        "organizationId", key.organizationId())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
