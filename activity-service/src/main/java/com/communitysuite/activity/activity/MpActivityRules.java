package com.communitysuite.activity.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.PlainText;

import tools.jackson.databind.JsonNode;

/**
 * The mp original's validation of an activity's content (create and draft update), in its order and with its texts.
 * Its bugs are not kept: malformed values are a 400 {@value ContentRules#INVALID}, never a 500.
 *
 * @param startWithinDays how far ahead an activity may start (the original: 60 days)
 * @param endWithinDays   how far ahead it may end (the original: 10 days, which made the 60-day rule moot)
 */
public record MpActivityRules(int startWithinDays, int endWithinDays) {

    public static final String START_AFTER_TODAY = "开始时间应大于当前时间";
    public static final String START_NOT_AFTER_END = "开始时间应小于结束时间";

    static final int MAX_TITLE = 50;
    static final int MAX_SYNOPSIS = 4096;
    static final int MAX_ADDRESS = 100;

    public String startTooFar() {
        return "建议预定" + startWithinDays + "天之内的会议或者活动";
    }

    public String endTooFar() {
        return "建议发布活动结束日期应该位于" + endWithinDays + "天内";
    }

    /** The content of a create or draft-update body, checked against the day it is in the suite's zone. */
    public MpActivityContent read(JsonNode body, LocalDate today) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", ContentRules.INVALID);
        }
        String title = PlainText.check("title", ContentRules.field("title", string(body, "title"), MAX_TITLE),
                false);
        int activityType = intAcceptingText(body, "activity_type", 1, 3);
        LocalDate startDate = date(body, "start_date");
        LocalDate endDate = date(body, "end_date");
        if (!startDate.isAfter(today)) {
            throw new InvalidInputException("start_date", START_AFTER_TODAY);
        }
        if (ChronoUnit.DAYS.between(today, startDate) > startWithinDays) {
            throw new InvalidInputException("start_date", startTooFar());
        }
        if (startDate.isAfter(endDate)) {
            throw new InvalidInputException("end_date", START_NOT_AFTER_END);
        }
        if (endDate.isAfter(today.plusDays(endWithinDays))) {
            throw new InvalidInputException("end_date", endTooFar());
        }
        int poster = intAcceptingText(body, "poster", 1, 4);
        int category = strictInt(body, "activity_category", 1, 4);
        String registerUrl = ContentRules.link("register_url", string(body, "register_url"));
        boolean online = activityType != 1;
        boolean offline = activityType != 2;
        String onlineUrl = string(body, "online_url");
        if (online || (onlineUrl != null && !onlineUrl.isEmpty())) {
            onlineUrl = ContentRules.link("online_url", onlineUrl);
        }
        else {
            onlineUrl = null;
        }
        String synopsis = string(body, "synopsis");
        if (synopsis != null) {
            if (synopsis.codePointCount(0, synopsis.length()) > MAX_SYNOPSIS) {
                throw new InvalidInputException("synopsis", ContentRules.INVALID);
            }
            PlainText.check("synopsis", synopsis, true);
        }
        BigDecimal longitude = null;
        BigDecimal latitude = null;
        String address = null;
        String detailAddress = null;
        if (offline) {
            longitude = coordinate(body, "longitude", 180);
            latitude = coordinate(body, "latitude", 90);
            address = PlainText.check("address",
                    ContentRules.field("address", string(body, "address"), MAX_ADDRESS), false);
            detailAddress = PlainText.check("detail_address",
                    ContentRules.field("detail_address", string(body, "detail_address"), MAX_ADDRESS), false);
        }
        String schedules = Schedules.validate(body.get("schedules"));
        return new MpActivityContent(title, startDate, endDate, category, activityType, address, detailAddress,
                longitude, latitude, registerUrl, onlineUrl, synopsis, poster, schedules);
    }

    /** A string field; a missing one is null, another JSON type is bad input. */
    static String string(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidInputException(field, ContentRules.INVALID);
        }
        return value.asString();
    }

    /** A JSON integer in range; the original refused the same number sent as text for these fields. */
    static int strictInt(JsonNode body, String field, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min
                || value.intValue() > max) {
            throw new InvalidInputException(field, ContentRules.INVALID);
        }
        return value.intValue();
    }

    /** An integer in range, as a JSON number or as its text. */
    static int intAcceptingText(JsonNode body, String field, int min, int max) {
        JsonNode value = body.get(field);
        if (value != null && value.isString() && value.asString().matches("-?\\d{1,9}")) {
            int number = Integer.parseInt(value.asString());
            if (number >= min && number <= max) {
                return number;
            }
            throw new InvalidInputException(field, ContentRules.INVALID);
        }
        return strictInt(body, field, min, max);
    }

    private static LocalDate date(JsonNode body, String field) {
        String text = string(body, field);
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidInputException(field, ContentRules.INVALID);
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            throw new InvalidInputException(field, ContentRules.INVALID);
        }
    }

    /** A number with at most five decimals and nine characters (the original's Decimal(8,5)), within range. */
    private static BigDecimal coordinate(JsonNode body, String field, int bound) {
        JsonNode value = body.get(field);
        String text;
        if (value != null && value.isNumber()) {
            text = value.decimalValue().toPlainString();
        }
        else if (value != null && value.isString()) {
            text = value.asString().trim();
        }
        else {
            throw new InvalidInputException(field, ContentRules.INVALID);
        }
        if (text.length() > 9 || !text.matches("-?\\d{1,3}(\\.\\d{1,5})?")) {
            throw new InvalidInputException(field, ContentRules.INVALID);
        }
        BigDecimal number = new BigDecimal(text);
        if (number.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
            throw new InvalidInputException(field, ContentRules.INVALID);
        }
        return number;
    }
}
