package com.communitysuite.account.mp;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.profile.SignInProfiles;
import com.communitysuite.account.profile.UserProfiles;
import com.communitysuite.account.token.InvalidTokenException;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.mvc.MpApi;

/** mp section 一 1 to 6: sign-in with a WeChat code, token refresh, logout, log-off and privacy consent. */
@MpApi
class MpAccountController {

    private final MpLoginService logins;
    private final MpConsentService consent;
    private final MpCaller caller;
    private final TokenService tokens;
    private final SignInProfiles profiles;

    MpAccountController(MpLoginService logins, MpConsentService consent, MpCaller caller, TokenService tokens,
            SignInProfiles profiles) {
        this.logins = logins;
        this.consent = consent;
        this.caller = caller;
        this.tokens = tokens;
        this.profiles = profiles;
    }

    record LoginRequest(@NotBlank(message = "This field is required.") @Size(max = 128) String code) {
    }

    record RefreshRequest(@Size(max = 4096) String refresh) {
    }

    /** 201 as the original answered it (a created session). */
    @PostMapping("/mp/login")
    ResponseEntity<Map<String, Object>> login(@Valid @RequestBody LoginRequest request) {
        MpLoginService.SignedIn signedIn = logins.signIn(request.code());
        Account account = signedIn.account();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user_id", account.id());
        body.put("access", signedIn.tokens().access());
        body.put("refresh", signedIn.tokens().refresh());
        UserProfiles.Profile profile = profiles.of(account);
        body.put("level", profile.level());
        body.put("activity_level", profile.activityLevel());
        body.put("gitee_name", profile.giteeName());
        body.put("nickname", profile.nickname());
        body.put("avatar", profile.avatar());
        body.put("agree_privacy_policy", account.agreedToPrivacyPolicy());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @PostMapping("/mp/refresh")
    Map<String, Object> refresh(@Valid @RequestBody RefreshRequest request) {
        if (request.refresh() == null || request.refresh().isBlank()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "lack of refresh", null, null);
        }
        TokenService.TokenPair pair;
        try {
            pair = tokens.refresh(request.refresh());
        }
        catch (InvalidTokenException e) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, e.getMessage(), null, null);
        }
        Map<String, Object> body = envelope("success");
        body.put("access", pair.access());
        body.put("refresh", pair.refresh());
        return body;
    }

    @PostMapping("/mp/logout")
    Map<String, Object> logout(SuiteIdentity identity) {
        consent.logout(caller.require(identity));
        return envelope("User logged out");
    }

    @PostMapping("/mp/logoff")
    Map<String, Object> logOff(SuiteIdentity identity) {
        consent.logOff(caller.require(identity));
        return envelope("User logged off");
    }

    /** The original answered with a fresh access token, which the client stores. */
    @PutMapping("/mp/agree")
    Map<String, Object> agree(SuiteIdentity identity) {
        long accountId = caller.require(identity);
        consent.agree(accountId);
        Map<String, Object> body = envelope("Agree to privacy statement");
        try {
            body.put("access", tokens.reissueAccess(accountId, identity.uid(), identity.sessionId()));
        }
        catch (InvalidTokenException e) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Given token not valid for any token type", null, null);
        }
        return body;
    }

    @PostMapping("/mp/revoke")
    Map<String, Object> revoke(SuiteIdentity identity) {
        consent.revoke(caller.require(identity));
        return envelope("Revoke agreement of privacy policy");
    }

    private static Map<String, Object> envelope(String msg) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", 200);
        body.put("msg", msg);
        body.put("data", null);
        return body;
    }
}
