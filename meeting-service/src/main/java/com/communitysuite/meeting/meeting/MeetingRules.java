package com.communitysuite.meeting.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.PlainText;

import tools.jackson.databind.JsonNode;

/**
 * The original's checks of a meeting request ({@code check_meetings_more_params}), in its order and with its texts;
 * where it answered malformed input with a 500, this answers 400 参数无效 naming the field.
 */
public final class MeetingRules {

    static final int TOPIC_MAX = 128;
    static final int SPONSOR_MAX = 20;
    static final int AGENDA_MAX = 4096;
    static final int LINK_MAX = 255;
    static final int EMAIL_LIST_MAX = 1020;
    static final int EMAIL_MAX = 50;
    static final int CITY_MAX = 20;
    static final int GROUP_NAME_MAX = 128;
    static final long BOOK_WITHIN_DAYS = 60;

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
    private static final Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$");
    /** The separators invitation lists were written with: ASCII and full-width semicolons and commas. */
    private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[;,，；]");

    private final String etherpadPrefix;
    private final Set<String> platforms;
    private final String defaultPlatform;

    /**
     * @param etherpadPrefix  the community's etherpad; a meeting's notes link starts with it
     * @param platforms       the meeting platforms that have host accounts, lower-case
     * @param defaultPlatform what a request without {@code platform} books on (the original's {@code tencent})
     */
    public MeetingRules(String etherpadPrefix, Set<String> platforms, String defaultPlatform) {
        this.etherpadPrefix = etherpadPrefix.toLowerCase(Locale.ROOT);
        this.platforms = Set.copyOf(platforms);
        this.defaultPlatform = defaultPlatform;
    }

    /** The request, checked against {@code now}, the caller's local time (the original's naive Beijing time). */
    public MeetingRequest check(JsonNode body, LocalDateTime now) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", MeetingTexts.INVALID);
        }
        String topic = PlainText.check("topic", field("topic", text(body, "topic"), TOPIC_MAX), false);
        String platform = text(body, "platform");
        platform = platform == null ? defaultPlatform : platform.toLowerCase(Locale.ROOT);
        if (!platforms.contains(platform)) {
            throw new InvalidInputException("platform", MeetingTexts.INVALID);
        }
        String sponsor = PlainText.check("sponsor", field("sponsor", text(body, "sponsor"), SPONSOR_MAX), false);
        LocalDate date = date(text(body, "date"));
        LocalTime start = time("start", text(body, "start"));
        LocalTime end = time("end", text(body, "end"));
        LocalDateTime startsAt = date.atTime(start);
        if (!startsAt.isAfter(now)) {
            throw new InvalidInputException("date", MeetingTexts.START_AFTER_NOW);
        }
        if (ChronoUnit.DAYS.between(now, startsAt) > BOOK_WITHIN_DAYS) {
            throw new InvalidInputException("date", MeetingTexts.START_WITHIN_LIMIT);
        }
        if (!start.isBefore(end)) {
            throw new InvalidInputException("start", MeetingTexts.START_BEFORE_END);
        }
        String groupName = field("group_name", text(body, "group_name"), GROUP_NAME_MAX);
        String etherpad = etherpad(text(body, "etherpad"));
        String agenda = text(body, "agenda");
        if (agenda != null && !agenda.isEmpty()) {
            if (agenda.codePointCount(0, agenda.length()) > AGENDA_MAX) {
                throw new InvalidInputException("agenda", MeetingTexts.INVALID);
            }
            PlainText.check("agenda", agenda, true);
        }
        String record = text(body, "record");
        if (record == null || !(record.equals("cloud") || record.isEmpty())) {
            throw new InvalidInputException("record", MeetingTexts.INVALID);
        }
        String emaillist = text(body, "emaillist");
        List<String> emails = emails(emaillist);
        int meetingType = meetingType(body.get("meeting_type"));
        String city = text(body, "city");
        if (meetingType == MeetingRequest.MSG) {
            city = PlainText.check("city", field("city", city, CITY_MAX), false);
        }
        else {
            city = null;
        }
        return new MeetingRequest(topic, platform, sponsor, groupName, date, start, end, etherpad,
                agenda == null || agenda.isEmpty() ? null : agenda, emails, emaillist, record.equals("cloud"),
                meetingType, city);
    }

    /**
     * The invitation list's addresses: split on {@code ;}, {@code ,}, {@code ，} or {@code ；}, spaces removed, empty
     * pieces dropped, duplicates once; the whole list at most 1020 characters, each address at most 50 and valid.
     */
    public static List<String> emails(String emaillist) {
        if (emaillist == null || emaillist.isBlank()) {
            return List.of();
        }
        if (emaillist.length() > EMAIL_LIST_MAX) {
            throw new InvalidInputException("emaillist", MeetingTexts.EMAIL_LIST_TOO_LONG);
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String piece : EMAIL_SEPARATORS.split(emaillist.replace(" ", ""))) {
            if (piece.isEmpty()) {
                continue;
            }
            if (piece.length() > EMAIL_MAX) {
                throw new InvalidInputException("emaillist", MeetingTexts.EMAIL_TOO_LONG);
            }
            if (!EMAIL.matcher(piece).matches()) {
                throw new InvalidInputException("emaillist", MeetingTexts.INVALID_EMAIL);
            }
            addresses.add(piece);
        }
        return new ArrayList<>(addresses);
    }

    private String etherpad(String value) {
        if (value == null || value.length() > LINK_MAX) {
            throw new InvalidInputException("etherpad", MeetingTexts.INVALID_ETHERPAD);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") || lower.contains("redirect") || !lower.startsWith(etherpadPrefix)
                || value.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("etherpad", MeetingTexts.INVALID_ETHERPAD);
        }
        return value;
    }

    /** A JSON integer 1 to 3 (the original refused the string "1"). */
    private static int meetingType(JsonNode value) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidInputException("meeting_type", MeetingTexts.INVALID);
        }
        int type = value.intValue();
        if (type < MeetingRequest.SIG || type > MeetingRequest.TECH) {
            throw new InvalidInputException("meeting_type", MeetingTexts.INVALID);
        }
        return type;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            throw new InvalidInputException("date", MeetingTexts.INVALID);
        }
        try {
            return LocalDate.parse(value);
        }
        catch (DateTimeParseException e) {
            throw new InvalidInputException("date", MeetingTexts.INVALID);
        }
    }

    /** {@code HH:MM} on the quarter hour, from 08:00 to 22:45. */
    static LocalTime time(String field, String value) {
        var match = value == null ? null : TIME.matcher(value);
        if (match == null || !match.matches()) {
            throw new InvalidInputException(field, MeetingTexts.INVALID);
        }
        int hour = Integer.parseInt(match.group(1));
        int minute = Integer.parseInt(match.group(2));
        if (hour < 8 || hour > 22 || minute % 15 != 0) {
            throw new InvalidInputException(field, MeetingTexts.INVALID);
        }
        return LocalTime.of(hour, minute);
    }

    private static String field(String field, String value, int max) {
        if (value == null || value.isEmpty() || value.codePointCount(0, value.length()) > max) {
            throw new InvalidInputException(field, MeetingTexts.INVALID);
        }
        return value;
    }

    /** A string field; absent or null is null, any other JSON type is bad input. */
    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidInputException(field, MeetingTexts.INVALID);
        }
        return value.asString();
    }
}
