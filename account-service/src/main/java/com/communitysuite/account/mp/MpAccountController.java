package com.communitysuite.account.mp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.RacedSignIns;
import com.communitysuite.account.profile.SignInProfiles;
import com.communitysuite.account.profile.UserProfiles;
import com.communitysuite.account.token.InvalidTokenException;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.account.wechat.WeChatLoginException;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.mvc.MpApi;

/** mp section 一 1 to 6: sign-in with a WeChat code, token refresh, logout, log-off and privacy consent. */
@MpApi
class MpAccountController {

    static final String LOGIN_FAILED = "用户登录失败";

    private final MpLoginService logins;
    private final MpConsentService consent;
    private final SignInProfiles profiles;

    MpAccountController(MpLoginService logins, MpConsentService consent, SignInProfiles profiles) {
        this.logins = logins;
        this.consent = consent;
        this.profiles = profiles;
    }

    record LoginRequest(@NotBlank(message = "This field is required.") @Size(max = 128) String code) {
    }

    record RefreshRequest(@Size(max = 4096) String refresh) {
    }

    /** 201 as the original answered it (a created session). */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/mp/login")
    ResponseEntity<Map<String, Object>> login(@Valid @RequestBody LoginRequest request) {
        MpLoginService.SignedIn signedIn;
        try {
            signedIn = asActiveUser(() -> logins.signIn(request.code()));
        }
        catch (WeChatLoginException e) {
            HttpStatus status = e.status().is5xxServerError() ? HttpStatus.SERVICE_UNAVAILABLE : e.status();
            throw new ApiProblem(status, LOGIN_FAILED, null, null);
        }
        catch (ConflictException e) {
            throw RacedSignIns.answer(e);
        }
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
            pair = logins.refresh(request.refresh());
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
        long accountId = MpCaller.accountId(identity);
        runAsActiveUser(() -> consent.logout(accountId));
        return envelope("User logged out");
    }

    @PostMapping("/mp/logoff")
    Map<String, Object> logOff(SuiteIdentity identity) {
        long accountId = MpCaller.accountId(identity);
        runAsActiveUser(() -> consent.logOff(accountId));
        return envelope("User logged off");
    }

    /** The original answered with a fresh access token, which the client stores. */
    @PutMapping("/mp/agree")
    Map<String, Object> agree(SuiteIdentity identity) {
        long accountId = MpCaller.accountId(identity);
        TokenService.AccessToken access;
        try {
            access = asActiveUser(() -> consent.agree(accountId, identity.sessionId()));
        }
        catch (InvalidTokenException e) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Given token not valid for any token type", null, null);
        }
        Map<String, Object> body = envelope("Agree to privacy statement");
        body.put("access", access.token());
        return body;
    }

    @PostMapping("/mp/revoke")
    Map<String, Object> revoke(SuiteIdentity identity) {
        long accountId = MpCaller.accountId(identity);
        runAsActiveUser(() -> consent.revoke(accountId));
        return envelope("Revoke agreement of privacy policy");
    }

    private static void runAsActiveUser(Runnable action) {
        try {
            action.run();
        }
        catch (NotAllowedException e) {
            throw inactiveAs401(e);
        }
    }

    private static <T> T asActiveUser(Supplier<T> action) {
        try {
            return action.get();
        }
        catch (NotAllowedException e) {
            throw inactiveAs401(e);
        }
    }

    /** DRF refuses an inactive user while authenticating, with a 401, before any permission or rule is looked at. */
    private static RuntimeException inactiveAs401(NotAllowedException refusal) {
        if (MpConsentService.INACTIVE.equals(refusal.reason())) {
            return new ApiProblem(HttpStatus.UNAUTHORIZED, refusal.getMessage(), null, null);
        }
        return refusal;
    }

    private static Map<String, Object> envelope(String msg) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", 200);
        body.put("msg", msg);
        body.put("data", null);
        return body;
    }
}
