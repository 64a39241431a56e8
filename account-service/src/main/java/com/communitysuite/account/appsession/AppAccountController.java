package com.communitysuite.account.appsession;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import com.communitysuite.account.account.PhoneNumber;
import com.communitysuite.account.captcha.CaptchaService;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.app.ClientType;
import com.communitysuite.platform.web.mvc.AppApi;

/** App section "Account": SMS captcha, sign-in (registering on first use) and logout. */
@AppApi
class AppAccountController {

    private final CaptchaService captchas;
    private final AppLoginService logins;

    AppAccountController(CaptchaService captchas, AppLoginService logins) {
        this.captchas = captchas;
        this.logins = logins;
    }

    record CaptchaRequest(@Size(max = 4) String countryCode, @NotBlank @Size(max = 15) String mobile) {
    }

    record LoginRequest(@Size(max = 4) String countryCode, @NotBlank @Size(max = 15) String mobile,
            @NotBlank @Pattern(regexp = "^\\d{4,6}$", message = "验证码格式不正确") String captcha) {
    }

    @PostMapping("/account/captcha")
    AppResponse<Map<String, Object>> captcha(@Valid @RequestBody CaptchaRequest request, HttpServletRequest http) {
        PhoneNumber phone = PhoneNumber.of(request.countryCode(), request.mobile());
        return AppResponse.ok(Map.of(), captchas.send(phone, clientAddress(http)));
    }

    @PostMapping("/account/login/captcha")
    AppResponse<SignedInView> login(@Valid @RequestBody LoginRequest request,
            @RequestHeader(name = ClientType.HEADER, required = false) String clientType) {
        PhoneNumber phone = PhoneNumber.of(request.countryCode(), request.mobile());
        AppLoginService.SignedIn signedIn = logins.signIn(phone, request.captcha(), clientTypeCode(clientType));
        return AppResponse.ok(new SignedInView(signedIn.uid(), signedIn.expireTime(), signedIn.accessToken(),
                signedIn.accessSecret()), signedIn.registered() ? "注册成功" : "登录成功");
    }

    /** The session the app signs its requests with. */
    record SignedInView(String uid, long expireTime, String accessToken, String accessSecret) {
    }

    /** App section "Account" 3: the caller (as the gateway authenticated them) ends their sessions. */
    @PostMapping("/account/logout")
    AppResponse<Map<String, Object>> logout(SuiteIdentity identity) {
        if (!identity.isAccount()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, null, null, null);
        }
        logins.signOut(identity.uid());
        return AppResponse.ok(Map.of(), "退出成功");
    }

    private static Short clientTypeCode(String header) {
        if (header == null) {
            return null;
        }
        return switch (header.trim()) {
            case "0", "1", "2" -> Short.valueOf(header.trim());
            default -> null;
        };
    }

    /** The gateway puts the client's address first in X-Forwarded-For; without a gateway, the peer's. */
    private static String clientAddress(HttpServletRequest http) {
        String forwarded = http.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return http.getRemoteAddr();
    }
}
