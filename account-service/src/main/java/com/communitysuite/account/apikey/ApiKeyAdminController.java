package com.communitysuite.account.apikey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.CampusApi;

/**
 * Super users manage organizations' wx API keys (this suite's own admin API; see the README): create (the key is
 * in the answer once), list, revoke.
 */
@CampusApi
class ApiKeyAdminController {

    private final OrganizationApiKeys keys;

    ApiKeyAdminController(OrganizationApiKeys keys) {
        this.keys = keys;
    }

    record CreateRequest(@NotNull @Positive Long organizationId, @NotBlank @Size(max = 100) String name) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campus/admin/api-keys")
    @PreAuthorize("@access.superUser()")
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody CreateRequest request, SuiteIdentity identity) {
        OrganizationApiKeys.CreatedKey created = keys.create(request.organizationId(), request.name(),
                identity.accountId());
        Map<String, Object> body = view(created.key());
        body.put("key", created.secret());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @GetMapping("/campus/admin/api-keys")
    @PreAuthorize("@access.superUser()")
    List<Map<String, Object>> list(@RequestParam(required = false) @Positive Long organizationId) {
        return keys.list(organizationId).stream().map(ApiKeyAdminController::view).toList();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/admin/api-keys/{id}")
    @PreAuthorize("@access.superUser()")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        keys.revoke(id);
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> view(OrganizationApiKeys.KeyView key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", key.id());
        body.put("organizationId", key.organizationId());
        body.put("name", key.name());
        body.put("keyPrefix", key.keyPrefix());
        body.put("createdAt", key.createdAt().toString());
        body.put("revokedAt", key.revokedAt() == null ? null : key.revokedAt().toString());
        return body;
    }
}
