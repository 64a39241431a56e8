package com.communitysuite.user.profile;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.campus.CampusList;
import com.communitysuite.platform.web.campus.LimitOffsetRequest;
import com.communitysuite.platform.web.mvc.CampusApi;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.databind.JsonNode;

/** Campus "用户": the users (super users), one user, its edit (the user or a super user) and deletion. */
@CampusApi
class CampusUserController {

    private final ProfileService profiles;

    CampusUserController(ProfileService profiles) {
        this.profiles = profiles;
    }

    /** The campus user; the e-mail only for the user themselves and super users. */
    record CampusUser(long id, @Schema(nullable = true) String name, @Schema(nullable = true) String avatar,
            @Schema(nullable = true) String email, @Schema(nullable = true) String sign) {
        static CampusUser of(UserProfile profile, boolean showEmail) {
            return new CampusUser(profile.accountId(), profile.nickname(), profile.avatar(),
                    showEmail ? profile.email() : null, profile.bio());
        }
    }

    @GetMapping("/campus/users")
    @PreAuthorize("@access.superUser()")
    @CampusList(CampusUser.class)
    Object all(@RequestParam(required = false) String limit, @RequestParam(required = false) String offset,
            HttpServletRequest request) {
        List<CampusUser> users = profiles.all().stream().map(p -> CampusUser.of(p, true)).toList();
        LimitOffsetRequest page = LimitOffsetRequest.of(limit, offset);
        if (!page.paged()) {
            return users;
        }
        List<CampusUser> results = users.stream().skip(page.offset()).limit(page.limit()).toList();
        return page.page(users.size(), results, requestUrl(request));
    }

    @GetMapping("/campus/users/{id}")
    @PreAuthorize("@access.account()")
    CampusUser one(SuiteIdentity caller, @PathVariable long id) {
        return CampusUser.of(profiles.campusProfile(id), ProfileService.selfOrSuperUser(caller, id));
    }

    @PutMapping("/campus/users/{id}")
    @PreAuthorize("@access.account()")
    CampusUser edit(SuiteIdentity caller, @PathVariable long id, @RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("non_field_errors", "无效数据。期待为字典类型，可是得到的是 "
                    + (body == null ? "null" : body.getNodeType().name().toLowerCase(java.util.Locale.ROOT)) + "。");
        }
        JsonNode name = body.get("name");
        UserProfile edited = profiles.editOnCampus(caller, id, text(name, "name"), name != null, text(body.get("sign"),
                "sign"), text(body.get("avatar"), "avatar"));
        return CampusUser.of(edited, true);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/users/{id}")
    @PreAuthorize("@access.superUser()")
    ResponseEntity<Void> delete(SuiteIdentity caller, @PathVariable long id) {
        profiles.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    private static String text(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            throw new InvalidInputException(field, "不是有效的字符串。");
        }
        return value.asString();
    }

    static String requestUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURL() + (query == null ? "" : "?" + query);
    }
}
