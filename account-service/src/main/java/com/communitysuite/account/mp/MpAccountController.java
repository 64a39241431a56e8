package com.communitysuite.account.mp;

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
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

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

    /** The signed-in account, its tokens and what the mini-program shows of its profile (not enveloped). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SignedInView(@JsonProperty("user_id") Long userId, String access, String refresh, int level,
            @JsonProperty("activity_level") int activityLevel,
            @JsonProperty("gitee_name") @Schema(nullable = true) String giteeName,
            @Schema(nullable = true) String nickname, @Schema(nullable = true) String avatar,
            @JsonProperty("agree_privacy_policy") boolean agreePrivacyPolicy) {
    }

    /** The envelope with {@code data: null} written out, as the original answered these. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Done(int code, String msg, @Schema(types = "null") Object data) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RefreshedView(int code, String msg, @Schema(types = "null") Object data, String access, String refresh) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AgreedView(int code, String msg, @Schema(types = "null") Object data, String access) {
    }

    /** 201 as the original answered it (a created session). */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/mp/login")
    ResponseEntity<SignedInView> login(@Valid @RequestBody LoginRequest request) {
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
        UserProfiles.Profile profile = profiles.of(account);
        return ResponseEntity.status(HttpStatus.CREATED).body(new SignedInView(account.id(),
                signedIn.tokens().access(), signedIn.tokens().refresh(), profile.level(), profile.activityLevel(),
                profile.giteeName(), profile.nickname(), profile.avatar(), account.agreedToPrivacyPolicy()));
    }

    @PostMapping("/mp/refresh")
    RefreshedView refresh(@Valid @RequestBody RefreshRequest request) {
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
        return new RefreshedView(200, "success", null, pair.access(), pair.refresh());
    }

    @PostMapping("/mp/logout")
    Done logout(SuiteIdentity identity) {
        long accountId = MpCaller.accountId(identity);
        runAsActiveUser(() -> consent.logout(accountId));
        return envelope("User logged out");
    }

    @PostMapping("/mp/logoff")
    Done logOff(SuiteIdentity identity) {
        long accountId = MpCaller.accountId(identity);
        runAsActiveUser(() -> consent.logOff(accountId));
        return envelope("User logged off");
    }

    /** The original answered with a fresh access token, which the client stores. */
    @PutMapping("/mp/agree")
    AgreedView agree(SuiteIdentity identity) {
        long accountId = MpCaller.accountId(identity);
        TokenService.AccessToken access;
        try {
            access = asActiveUser(() -> consent.agree(accountId, identity.sessionId()));
        }
        catch (InvalidTokenException e) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Given token not valid for any token type", null, null);
        }
        return new AgreedView(200, "Agree to privacy statement", null, access.token());
    }

    @PostMapping("/mp/revoke")
    Done revoke(SuiteIdentity identity) {
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

    private static Done envelope(String msg) {
        return new Done(200, msg, null);
    }
}
