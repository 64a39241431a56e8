package com.communitysuite.user.feedback;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

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

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.FieldErrors;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.campus.CampusList;
import com.communitysuite.platform.web.campus.LimitOffsetRequest;
import com.communitysuite.platform.web.mvc.CampusApi;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/** Campus "用户反馈": the feedback (super users), new feedback (the caller's own) and its deletion (super users). */
@CampusApi
class CampusFeedbackController {

    /** As Django wrote datetimes with USE_TZ off: Beijing local time, microseconds, no offset. */
    static final DateTimeFormatter PUB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final FeedbackService feedback;

    CampusFeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    record CampusFeedback(long id, String content, @JsonProperty("pub_time") String pubTime,
            @Schema(nullable = true) Long user) {
        static CampusFeedback of(Feedback feedback) {
            return new CampusFeedback(feedback.id(), feedback.content(), PUB_TIME.format(feedback.createdAt()),
                    feedback.accountId());
        }
    }

    @GetMapping("/campus/feedbacks")
    @PreAuthorize("@access.superUser()")
    @CampusList(CampusFeedback.class)
    Object all(@RequestParam(required = false) String limit, @RequestParam(required = false) String offset,
            HttpServletRequest request) {
        List<CampusFeedback> all = feedback.campusFeedback().stream().map(CampusFeedback::of).toList();
        LimitOffsetRequest page = LimitOffsetRequest.of(limit, offset);
        if (!page.paged()) {
            return all;
        }
        String query = request.getQueryString();
        return page.page(all.size(), all.stream().skip(page.offset()).limit(page.limit()).toList(),
                request.getRequestURL() + (query == null ? "" : "?" + query));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campus/feedbacks")
    @PreAuthorize("@access.account()")
    ResponseEntity<CampusFeedback> create(SuiteIdentity caller, @RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("non_field_errors", "无效数据。期待为字典类型。");
        }
        FieldErrors errors = new FieldErrors();
        JsonNode content = body.get("content");
        JsonNode user = body.get("user");
        if (content == null || content.isNull()) {
            errors.add("content", "该字段是必填项。");
        }
        else if (!content.isString()) {
            errors.add("content", "不是有效的字符串。");
        }
        else if (content.asString().isBlank()) {
            errors.add("content", "该字段不能为空。");
        }
        else if (content.asString().codePointCount(0, content.asString().length()) > FeedbackRules.CONTENT_MAX) {
            errors.add("content", "请确保这个字段不超过 500 个字符。");
        }
        if (user == null || user.isNull()) {
            errors.add("user", "该字段是必填项。");
        }
        else if (!user.isIntegralNumber() || !user.canConvertToLong()) {
            errors.add("user", "无效主键 “" + user.asString() + "” － 对象不存在。");
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, null, null, errors);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(CampusFeedback.of(feedback.campusFeedback(caller, user.asLong(), content.asString())));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/feedbacks/{id}")
    @PreAuthorize("@access.superUser()")
    ResponseEntity<Void> delete(@PathVariable long id) {
        feedback.deleteCampusFeedback(id);
        return ResponseEntity.noContent().build();
    }
}
