package com.communitysuite.account.campus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.RacedSignIns;
import com.communitysuite.account.profile.SignInProfiles;
import com.communitysuite.account.profile.UserProfiles;
import com.communitysuite.account.token.InvalidTokenException;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.account.wechat.WeChatLoginException;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.mvc.CampusApi;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The campus platform's sign-in: users with a WeChat code, super users with a password. */
@CampusApi
class CampusAccountController {

    private final CampusLoginService logins;
    private final SignInProfiles profiles;

    CampusAccountController(CampusLoginService logins, SignInProfiles profiles) {
        this.logins = logins;
        this.profiles = profiles;
    }

    record UserLoginRequest(@NotBlank @Size(max = 128) String code) {
    }

    record AdminLoginRequest(@NotBlank @Size(max = 150) String username, @NotBlank @Size(max = 128) String password) {
    }

    record RegisterRequest(@NotBlank @Size(max = 150) String username, @NotBlank @Size(max = 128) String password,
            @NotBlank @Email @Size(max = 254) String email) {
    }

    record RefreshRequest(@NotBlank @Size(max = 4096) String refresh) {
    }

    @PostMapping("/campus/userLogin")
    @ApiResponse(responseCode = "200", description = "signed in",
            content = @Content(schema = @Schema(implementation = CampusSignedIn.class)))
    ResponseEntity<Map<String, Object>> userLogin(@Valid @RequestBody UserLoginRequest request) {
        CampusLoginService.SignedIn signedIn;
        try {
            signedIn = logins.userLogin(request.code());
        }
        catch (WeChatLoginException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 1);
            body.put("code", e.errcode() == null ? -1 : e.errcode());
            body.put("msg", e.errmsg() == null ? "WeChat is unavailable" : e.errmsg());
            return ResponseEntity.status(e.status().is5xxServerError() ? HttpStatus.SERVICE_UNAVAILABLE
                    : HttpStatus.BAD_REQUEST).body(body);
        }
        catch (ConflictException e) {
            throw RacedSignIns.answer(e);
        }
        Account account = signedIn.account();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 0);
        body.put("userExist", signedIn.created() ? 0 : 1);
        body.put("token", signedIn.tokens().access());
        body.put("refresh", signedIn.tokens().refresh());
        body.put("email", text(account.email()));
        body.put("id", account.id());
        UserProfiles.Profile profile = profiles.of(account);
        body.put("avatar", text(profile.avatar()));
        body.put("sign", text(profile.sign()));
        body.put("name", text(profile.nickname()));
        return ResponseEntity.ok(body);
    }

    /** The document's text fields are strings: an e-mail not verified yet, or no signature, is {@code ""}. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Every outcome is HTTP 200 with string booleans, as the original and its clients have it. */
    @PostMapping("/campus/adminLogIn")
    @ApiResponse(responseCode = "200", description = "signed in, or refused",
            content = @Content(schema = @Schema(oneOf = { CampusAdminSignedIn.class, CampusRefusal.class })))
    Map<String, Object> adminLogIn(@Valid @RequestBody AdminLoginRequest request) {
        Optional<TokenService.TokenPair> signedIn = logins.adminLogIn(request.username(), request.password());
        if (signedIn.isEmpty()) {
            return Map.of("success", "false", "mess", "Invalid User");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", "true");
        body.put("user", Map.of("username", request.username()));
        body.put("token", signedIn.get().access());
        body.put("refresh", signedIn.get().refresh());
        return body;
    }

    /** Only a super user creates another (the original let anyone). */
    @PostMapping("/campus/register")
    @ApiResponse(responseCode = "200", description = "registered, or refused",
            content = @Content(schema = @Schema(oneOf = { CampusRegistered.class, CampusRefusal.class })))
    @PreAuthorize("@access.superUser()")
    Map<String, Object> register(@Valid @RequestBody RegisterRequest request) {
        return logins.register(request.username(), request.password(), request.email())
                .<Map<String, Object>>map(refusal -> Map.of("success", "false", "mess", refusal))
                .orElseGet(() -> Map.of("success", "true"));
    }

    @PostMapping("/campus/refresh")
    @ApiResponse(responseCode = "200", description = "renewed tokens",
            content = @Content(schema = @Schema(implementation = CampusTokens.class)))
    Map<String, Object> refresh(@Valid @RequestBody RefreshRequest request) {
        try {
            TokenService.TokenPair pair = logins.refresh(request.refresh());
            return Map.of("token", pair.access(), "refresh", pair.refresh());
        }
        catch (InvalidTokenException e) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "非法token", null, null);
        }
    }

    // What the answers built as maps above carry, for the document only (the maps keep the original's shapes).

    record CampusSignedIn(int status, @Schema(description = "0 a new account, 1 an existing one") int userExist,
            String token, String refresh, String email, long id, String avatar, String sign, String name) {
    }

    record CampusAdminSignedIn(@Schema(allowableValues = "true") String success, CampusAdminUser user, String token,
            String refresh) {
    }

    record CampusAdminUser(String username) {
    }

    record CampusRegistered(@Schema(allowableValues = "true") String success) {
    }

    record CampusRefusal(@Schema(allowableValues = "false") String success, String mess) {
    }

    record CampusTokens(String token, String refresh) {
    }
}
