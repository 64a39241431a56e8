package com.communitysuite.account.campus;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.mvc.CampusApi;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Campus user accounts: submitting the WeChat profile, and proving an e-mail address. */
@CampusApi
class CampusProfileController {

    private final CampusUsers users;
    private final EmailVerification emails;

    CampusProfileController(CampusUsers users, EmailVerification emails) {
        this.users = users;
        this.emails = emails;
    }

    record UserInfo(@Size(max = 30) String nickName, @Size(max = 500) String avatarUrl) {
    }

    record RegisterRequest(@NotNull Long id, @NotNull @Valid UserInfo userInfo) {
    }

    record SendVerifyRequest(@NotBlank @Email @Size(max = 100) String email) {
    }

    record VerifyRequest(@NotBlank @Size(max = 16) String verifyCode, @NotBlank @Email @Size(max = 100) String email,
            @NotNull Long id) {
    }

    @PostMapping("/campus/userRegister")
    @ApiResponse(responseCode = "200", description = "registered",
            content = @Content(schema = @Schema(implementation = CampusStatus.class)))
    Map<String, Object> userRegister(@Valid @RequestBody RegisterRequest request, SuiteIdentity identity) {
        users.submitProfile(CampusCaller.accountId(identity), request.id(), request.userInfo().nickName(),
                request.userInfo().avatarUrl());
        return Map.of("status", 0);
    }

    @PostMapping("/campus/sendVerify")
    @ApiResponse(responseCode = "200", description = "sent",
            content = @Content(schema = @Schema(implementation = CampusStatusMessage.class)))
    Map<String, Object> sendVerify(@Valid @RequestBody SendVerifyRequest request, SuiteIdentity identity) {
        try {
            emails.send(CampusCaller.accountId(identity), request.email());
        }
        catch (NotAllowedException e) {
            if (EmailVerification.TOO_SOON.equals(e.reason())) {
                throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), null, null);
            }
            throw e;
        }
        return Map.of("status", 0, "msg", "Email send");
    }

    @PostMapping("/campus/verify")
    @ApiResponse(responseCode = "200", description = "the code is valid",
            content = @Content(schema = @Schema(implementation = CampusStatusMessage.class)))
    ResponseEntity<Map<String, Object>> verify(@Valid @RequestBody VerifyRequest request, SuiteIdentity identity) {
        if (!emails.verify(CampusCaller.accountId(identity), request.id(), request.email(), request.verifyCode())) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("status", 1, "msg", "Invalid Code"));
        }
        return ResponseEntity.ok(Map.of("status", 0, "msg", "Valid Code"));
    }

    // What the answers built as maps above carry, for the document only.

    record CampusStatus(@Schema(description = "0") int status) {
    }

    record CampusStatusMessage(int status, String msg) {
    }
}
