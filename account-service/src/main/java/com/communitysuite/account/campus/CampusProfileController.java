package com.communitysuite.account.campus;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.communitysuite.account.account.AccountRepository;
import com.communitysuite.account.events.ProfileSubmitted;
import com.communitysuite.platform.events.DomainEvents;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.mvc.CampusApi;

/** Campus user accounts: submitting the WeChat profile, and proving an e-mail address. */
@CampusApi
class CampusProfileController {

    private final CampusCaller caller;
    private final EmailVerification emails;
    private final AccountRepository accounts;
    private final DomainEvents events;

    CampusProfileController(CampusCaller caller, EmailVerification emails, AccountRepository accounts,
            DomainEvents events) {
        this.caller = caller;
        this.emails = emails;
        this.accounts = accounts;
        this.events = events;
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

    /**
     * The nickname and avatar the mini-program got from WeChat. The profile is user-service's: it is handed over
     * as an event. Only for the caller's own id (the original let anyone rename anyone).
     */
    @PostMapping("/campus/userRegister")
    @Transactional
    Map<String, Object> userRegister(@Valid @RequestBody RegisterRequest request, SuiteIdentity identity) {
        long callerId = caller.require(identity);
        caller.requireSelf(callerId, request.id());
        String uid = accounts.findById(callerId).orElseThrow(() -> ApiProblem.notFound("未找到用户")).uid();
        events.publish(new ProfileSubmitted(callerId, uid, request.userInfo().nickName(),
                request.userInfo().avatarUrl()));
        return Map.of("status", 0);
    }

    @PostMapping("/campus/sendVerify")
    Map<String, Object> sendVerify(@Valid @RequestBody SendVerifyRequest request, SuiteIdentity identity) {
        emails.send(caller.require(identity), request.email());
        return Map.of("status", 0, "msg", "Email send");
    }

    @PostMapping("/campus/verify")
    ResponseEntity<Map<String, Object>> verify(@Valid @RequestBody VerifyRequest request, SuiteIdentity identity) {
        long callerId = caller.require(identity);
        caller.requireSelf(callerId, request.id());
        if (!emails.verify(callerId, request.email(), request.verifyCode())) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("status", 1, "msg", "Invalid Code"));
        }
        return ResponseEntity.ok(Map.of("status", 0, "msg", "Valid Code"));
    }
}
