package com.communitysuite.activity.wx;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.activity.ActivityProperties;
import com.communitysuite.activity.activity.Activity;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.WxApi;
import com.communitysuite.platform.web.wx.WxResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;

import tools.jackson.databind.JsonNode;

/** The wx interaction surface of activities, served with and without the {@code /api/v3} prefix. */
@WxApi
@PreAuthorize("@access.account() or @access.organization()")
class WxActivityController {

    private static final String ROOT = "/activitys_for_wx";
    private static final String V3 = "/api/v3/activitys_for_wx";
    private static final DateTimeFormatter CLOSE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final WxActivities activities;
    private final ActivityProperties properties;

    WxActivityController(WxActivities activities, ActivityProperties properties) {
        this.activities = activities;
        this.properties = properties;
    }

    record ActivityInfo(String activity_id, String activity_name, @Schema(nullable = true) String background,
            @Schema(nullable = true) String logo, @Schema(nullable = true) String music, String permission,
            String collect_info, @Schema(nullable = true) String close_time) {

        static ActivityInfo of(Activity a, ZoneId zone) {
            return new ActivityInfo(Long.toString(a.id()), a.title(), a.backgroundUrl(), a.logoUrl(), a.musicUrl(),
                    a.permissionMeetingId() == null ? "0" : a.permissionMeetingId().toString(),
                    String.join(",", WxActivities.collected(a)),
                    a.closeAt() == null ? null : CLOSE_TIME.format(a.closeAt().atZone(zone)));
        }
    }

    @GetMapping({ ROOT + "/{id:\\d+}/wx/auth_meeting", V3 + "/{id:\\d+}/wx/auth_meeting" })
    WxResponse<Long> authMeeting(@PathVariable long id, SuiteIdentity identity) {
        Long meeting = activities.activity(identity, id).permissionMeetingId();
        return WxResponse.ok("成功获取", meeting == null ? 0L : meeting);
    }

    @GetMapping({ ROOT + "/{id:\\d+}/wx/collect_info", V3 + "/{id:\\d+}/wx/collect_info" })
    WxResponse<String> collectInfo(@PathVariable long id, SuiteIdentity identity) {
        return WxResponse.ok("成功获取", String.join(",", WxActivities.collected(activities.activity(identity, id))));
    }

    @GetMapping({ ROOT + "/{id:\\d+}/wx/hasJoin/{memberId}", V3 + "/{id:\\d+}/wx/hasJoin/{memberId}",
            ROOT + "/{id:\\d+}/wx/hasJoin", V3 + "/{id:\\d+}/wx/hasJoin" })
    WxResponse<Integer> hasJoin(@PathVariable long id, @PathVariable(required = false) String memberId,
            @RequestParam(name = "member_id", required = false) String memberParameter, SuiteIdentity identity) {
        String member = memberId != null ? memberId : memberParameter;
        if (member == null || member.isBlank() || member.length() > 64) {
            throw new InvalidInputException("member_id", "不能为空");
        }
        return WxResponse.ok("成功获取", activities.hasJoined(identity, id, member) ? 1 : 0);
    }

    @PostMapping({ ROOT + "/{id:\\d+}/wx/userInfo", V3 + "/{id:\\d+}/wx/userInfo" })
    WxResponse<String> userInfo(@PathVariable long id, @RequestBody JsonNode body, SuiteIdentity identity) {
        return WxResponse.ok("提交用户微信信息成功", activities.submit(identity, id, member(body)));
    }

    @PostMapping({ ROOT + "/{id:\\d+}/exist", V3 + "/{id:\\d+}/exist" })
    WxResponse<Boolean> exist(@PathVariable long id, SuiteIdentity identity) {
        return WxResponse.ok("查询活动是否存在成功", activities.exists(identity, id));
    }

    @GetMapping({ ROOT + "/{id:\\d+}", V3 + "/{id:\\d+}" })
    WxResponse<ActivityInfo> info(@PathVariable long id, SuiteIdentity identity) {
        return WxResponse.ok("查询成功", ActivityInfo.of(activities.activity(identity, id), properties.zone()));
    }

    /** Not in the wx document, which has no write of these fields: without it no page could collect or close. */
    @PutMapping({ ROOT + "/{id:\\d+}", V3 + "/{id:\\d+}" })
    @Operation(summary = "Set up the activity's H5 page (an addition to the wx document)", description = """
            Sets the fields the body names and leaves the others as they are; null clears a field (so do "" and a \
            permission of 0). The activity's organization's key (access_type=org), or a user token of the \
            activity's owner or of its organization's owner or a manager; anyone else is refused with 403. A \
            course id is one activity of its organization: one another of its activities has is refused (400). \
            Unknown fields are refused. Answers the page as GET /activitys_for_wx/{id} does.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", schemaProperties = {
                @SchemaProperty(name = "background", schema = @Schema(types = { "string", "null" }, format = "uri",
                        maxLength = WxPageSettings.MAX_URL, description = "http(s) URL")),
                @SchemaProperty(name = "logo", schema = @Schema(types = { "string", "null" }, format = "uri",
                        maxLength = WxPageSettings.MAX_URL, description = "http(s) URL")),
                @SchemaProperty(name = "music", schema = @Schema(types = { "string", "null" }, format = "uri",
                        maxLength = WxPageSettings.MAX_URL, description = "http(s) URL")),
                @SchemaProperty(name = "permission", schema = @Schema(types = { "string", "integer", "null" },
                        description = "the meeting whose members alone may take part; 0 or null: "
                                + "anyone", example = "520")),
                @SchemaProperty(name = "collect_info", schema = @Schema(types = { "string", "null" },
                        pattern = "^$|^(name|phone)$|^(name, ?phone|phone, ?name)$", example = "name,phone",
                        description = "what userInfo requires of a member: \"\", name, phone or name,phone")),
                @SchemaProperty(name = "close_time", schema = @Schema(types = { "string", "null" },
                        pattern = "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$", example = "2026-12-31 18:00:00",
                        description = "yyyy-MM-dd HH:mm:ss in activity.zone (Asia/Shanghai); userInfo is refused "
                                + "from then on")),
                @SchemaProperty(name = "course_id", schema = @Schema(types = { "string", "null" },
                        maxLength = WxPageSettings.MAX_COURSE_ID,
                        description = "the course whose server signs members in (course/{course_id}/signinInfo); "
                                + "unique within the organization")) }))
    WxResponse<ActivityInfo> configurePage(@PathVariable long id, @RequestBody JsonNode body,
            SuiteIdentity identity) {
        WxPageSettings settings = WxPageSettings.read(body, properties.zone());
        return WxResponse.ok("修改成功", ActivityInfo.of(activities.configurePage(identity, id, settings),
                properties.zone()));
    }

    @PostMapping({ ROOT + "/course/{courseId}/signinInfo", V3 + "/course/{courseId}/signinInfo" })
    @PreAuthorize("@access.organization()")
    WxResponse<String> signIn(@PathVariable String courseId, @RequestBody JsonNode body, SuiteIdentity identity) {
        if (courseId.length() > 64) {
            throw new InvalidInputException("course_id", "过长");
        }
        return WxResponse.ok("查询成功", activities.signIn(identity, courseId, member(body)));
    }

    private static WxActivities.MemberInfo member(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "请求体应为 JSON 对象");
        }
        String memberId = text(body, "member_id", 64);
        if (memberId == null || memberId.isBlank()) {
            throw new InvalidInputException("member_id", "不能为空");
        }
        return new WxActivities.MemberInfo(memberId, text(body, "member_icon", 500), text(body, "member_nickname", 100),
                text(body, "member_real_name", 200), text(body, "member_phone", 200));
    }

    private static String text(JsonNode body, String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            throw new InvalidInputException(field, "应为字符串");
        }
        String text = value.asString().strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "过长");
        }
        return text;
    }
}
