package com.communitysuite.activity.wx;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.communitysuite.activity.activity.WxPage;
import com.communitysuite.platform.domain.InvalidInputException;

import tools.jackson.databind.JsonNode;

/**
 * A change of an activity's wx H5 page settings, read from the body of {@code PUT /activitys_for_wx/{id}}: each field
 * the body names is set, each field it leaves out stays as it is; null (and {@code ""}, and a {@code permission} of 0)
 * clears a field. {@code background}, {@code logo}, {@code music}: http(s) URLs of at most 500 characters;
 * {@code permission}: a meeting id; {@code collect_info}: {@code name}, {@code phone}, {@code name,phone} (either
 * order) or {@code ""}; {@code close_time}: {@code yyyy-MM-dd HH:mm:ss} in the suite's zone; {@code course_id}: at
 * most 64 characters that can stand as a path segment of {@code course/{course_id}/signinInfo}. Unknown fields are
 * refused, so a misspelt field is not silently left unchanged.
 */
public record WxPageSettings(Change<String> background, Change<String> logo, Change<String> music,
        Change<Long> permission, Change<String> collectInfo, Change<Instant> closeAt, Change<String> courseId) {

    /** A field's new value; null clears the field. A null {@code Change} leaves the field as it is. */
    public record Change<T>(T value) {
    }

    static final List<String> FIELDS = List.of("background", "logo", "music", "permission", "collect_info",
            "close_time", "course_id");
    static final int MAX_URL = 500;
    static final int MAX_COURSE_ID = 64;
    static final List<String> COLLECTABLE = List.of("name", "phone");
    static final DateTimeFormatter CLOSE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** No white space, control character, nor what would end or escape a path segment (also refused by firewalls). */
    private static final Pattern COURSE_ID = Pattern.compile("[^\\s\\p{Cntrl}/\\\\?#%;]+");
    /** More than any valid value of a field is refused before it is looked at further. */
    private static final int MAX_TEXT = 1000;

    /** The change the body asks for, or a 400 naming the first field that is wrong. */
    static WxPageSettings read(JsonNode body, ZoneId zone) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "请求体应为 JSON 对象");
        }
        for (String field : body.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new InvalidInputException(field, "不是可修改的字段，可修改：" + String.join(", ", FIELDS));
            }
        }
        if (body.isEmpty()) {
            throw new InvalidInputException("body", "没有要修改的字段，可修改：" + String.join(", ", FIELDS));
        }
        return new WxPageSettings(url(body, "background"), url(body, "logo"), url(body, "music"), permission(body),
                collectInfo(body), closeTime(body, zone), courseId(body));
    }

    /** The page with this change made. */
    WxPage applyTo(WxPage page) {
        return new WxPage(or(background, page.backgroundUrl()), or(logo, page.logoUrl()), or(music, page.musicUrl()),
                or(permission, page.permissionMeetingId()), or(collectInfo, page.collectInfo()),
                or(closeAt, page.closeAt()), or(courseId, page.courseId()));
    }

    private static <T> T or(Change<T> change, T current) {
        return change == null ? current : change.value();
    }

    private static Change<String> url(JsonNode body, String field) {
        if (!body.has(field)) {
            return null;
        }
        String text = text(body, field, false);
        if (text == null) {
            return new Change<>(null);
        }
        if (text.length() > MAX_URL) {
            throw new InvalidInputException(field, "链接过长（最多 " + MAX_URL + " 个字符）");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInputException(field, "应为 http 或 https 链接");
            }
        }
        catch (URISyntaxException e) {
            throw new InvalidInputException(field, "应为 http 或 https 链接");
        }
        return new Change<>(text);
    }

    private static Change<Long> permission(JsonNode body) {
        if (!body.has("permission")) {
            return null;
        }
        JsonNode value = body.get("permission");
        long meeting;
        if (value.isNull()) {
            return new Change<>(null);
        }
        else if (value.isIntegralNumber() && value.canConvertToLong()) {
            meeting = value.asLong();
        }
        else if (value.isString()) {
            String text = value.asString().strip();
            if (text.isEmpty()) {
                return new Change<>(null);
            }
            if (!text.matches("\\d{1,18}")) {
                throw new InvalidInputException("permission", "应为会议 id（0 表示不限制）");
            }
            meeting = Long.parseLong(text);
        }
        else {
            throw new InvalidInputException("permission", "应为会议 id（0 表示不限制）");
        }
        if (meeting < 0) {
            throw new InvalidInputException("permission", "应为会议 id（0 表示不限制）");
        }
        return new Change<>(meeting == 0 ? null : meeting);
    }

    private static Change<String> collectInfo(JsonNode body) {
        if (!body.has("collect_info")) {
            return null;
        }
        String text = text(body, "collect_info", false);
        if (text == null) {
            return new Change<>(null);
        }
        Set<String> items = new LinkedHashSet<>();
        for (String item : text.split(",", -1)) {
            String name = item.strip();
            if (!COLLECTABLE.contains(name) || !items.add(name)) {
                throw new InvalidInputException("collect_info", "应为 \"\"、\"name\"、\"phone\" 或 \"name,phone\"");
            }
        }
        // Kept in one order, so that the page answers the same text however it was written.
        List<String> ordered = new ArrayList<>(COLLECTABLE);
        ordered.retainAll(items);
        return new Change<>(String.join(",", ordered));
    }

    private static Change<Instant> closeTime(JsonNode body, ZoneId zone) {
        if (!body.has("close_time")) {
            return null;
        }
        String text = text(body, "close_time", false);
        if (text == null) {
            return new Change<>(null);
        }
        try {
            return new Change<>(LocalDateTime.parse(text, CLOSE_TIME).atZone(zone).toInstant());
        }
        catch (DateTimeException e) {
            throw new InvalidInputException("close_time", "应为 yyyy-MM-dd HH:mm:ss");
        }
    }

    private static Change<String> courseId(JsonNode body) {
        if (!body.has("course_id")) {
            return null;
        }
        String text = text(body, "course_id", true);
        if (text == null) {
            return new Change<>(null);
        }
        if (text.length() > MAX_COURSE_ID) {
            throw new InvalidInputException("course_id", "过长（最多 " + MAX_COURSE_ID + " 个字符）");
        }
        if (!COURSE_ID.matcher(text).matches()) {
            throw new InvalidInputException("course_id", "不能包含空白或 / \\ ? # % ;");
        }
        return new Change<>(text);
    }

    /** The field's text, stripped; null for null or {@code ""}. Numbers are taken as text where asked (ids). */
    private static String text(JsonNode body, String field, boolean numberToo) {
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isString() && !(numberToo && value.isIntegralNumber())) {
            throw new InvalidInputException(field, "应为字符串");
        }
        String text = value.asString();
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "过长");
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }
}
