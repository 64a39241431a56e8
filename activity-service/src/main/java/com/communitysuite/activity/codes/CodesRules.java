package com.communitysuite.activity.codes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.communitysuite.activity.activity.CodesActivityDetails;
import com.communitysuite.activity.activity.ContentRules;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.PlainText;

/**
 * The request-code protocol's rules for a new activity (10301) and its details (10302): the document's lengths and
 * formats, and where it is silent the suite's decisions (README, activity-service): at most 10 tags of at most 20
 * characters, start in the future, end after start, registration closing after now and no later than the end,
 * content of 20 to 4096 characters, maxp 1 to 100000 and minp 0 to maxp.
 */
final class CodesRules {

    static final int MAX_TITLE = 24;
    static final int MAX_LOCATION = 38;
    static final int MAX_PRICE = 10;
    static final int MIN_CONTENT = 20;
    static final int MAX_CONTENT = 4096;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 20;
    static final int MAX_PARTICIPANTS = 100_000;
    static final int MAX_IMAGE_NAME = 100;
    static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg",
            "image/jpeg", "gif", "image/gif", "webp", "image/webp");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> FREE_VALUES = Set.of("0", "1");

    private CodesRules() {
    }

    /** A title of 1 to 24 characters without markup, links or line breaks. */
    static String title(String field, String value) {
        String title = value == null ? null : value.trim();
        return PlainText.check(field, length(field, title, 1, MAX_TITLE), false);
    }

    /** The content type of each image by its file name's extension, in order. */
    static List<String> imageTypes(List<String> names, int maxImages) {
        if (names.size() > maxImages) {
            throw new InvalidInputException("images", "at most " + maxImages + " images");
        }
        List<String> types = new ArrayList<>();
        for (String name : names) {
            length("images", name, 1, MAX_IMAGE_NAME);
            int dot = name.lastIndexOf('.');
            String type = dot < 0 ? null : IMAGE_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (type == null) {
                throw new InvalidInputException("images", "each image is a .png, .jpg, .jpeg, .gif or .webp file");
            }
            types.add(type);
        }
        return types;
    }

    static CodesActivityDetails details(CodesFields fields, Instant now, ZoneId zone) {
        String titleField = fields.has("actitle") ? "actitle" : "title";
        String title = title(titleField, fields.text(titleField));
        List<String> tags = tags(fields.text("tags"));
        Instant start = time(fields, "startT", zone);
        Instant end = time(fields, "endT", zone);
        Instant join = time(fields, "joinT", zone);
        if (!start.isAfter(now)) {
            throw new InvalidInputException("startT", "must be in the future");
        }
        if (!end.isAfter(start)) {
            throw new InvalidInputException("endT", "must be after startT");
        }
        if (!join.isAfter(now) || join.isAfter(end)) {
            throw new InvalidInputException("joinT", "must be in the future and not after endT");
        }
        String locationField = fields.has("loaction") ? "loaction" : "location";
        String location = length(locationField, trimmed(fields.text(locationField)), 1, MAX_LOCATION);
        String free = fields.text("free");
        if (free == null || !FREE_VALUES.contains(free.trim())) {
            throw new InvalidInputException("free", "is 1 (free) or 0 (paid)");
        }
        boolean isFree = free.trim().equals("1");
        String price = trimmed(fields.text("price"));
        if (!isFree) {
            length("price", price, 1, MAX_PRICE);
        }
        else if (price != null && !price.isEmpty()) {
            length("price", price, 1, MAX_PRICE);
        }
        else {
            price = null;
        }
        String content = length("content", fields.text("content"), MIN_CONTENT, MAX_CONTENT);
        int max = number(fields, "maxp", 1, MAX_PARTICIPANTS);
        Integer min = fields.has("minp") && fields.text("minp") != null && !fields.text("minp").isBlank()
                ? number(fields, "minp", 0, max) : null;
        return new CodesActivityDetails(title, tags, start, end, join, location, isFree, price, content, max, min);
    }

    /** A whole number in range, as text or as a JSON number. */
    static int number(CodesFields fields, String field, int min, int max) {
        String text = trimmed(fields.text(field));
        if (text == null || !text.matches("\\d{1,9}")) {
            throw new InvalidInputException(field, "is a whole number");
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw new InvalidInputException(field, "is between " + min + " and " + max);
        }
        return value;
    }

    private static List<String> tags(String text) {
        List<String> tags = new ArrayList<>();
        if (text == null) {
            return tags;
        }
        for (String tag : text.split("\\|")) {
            String trimmed = tag.trim();
            if (!trimmed.isEmpty()) {
                tags.add(PlainText.check("tags", length("tags", trimmed, 1, MAX_TAG), false));
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidInputException("tags", "at most " + MAX_TAGS + " tags");
        }
        return tags;
    }

    private static Instant time(CodesFields fields, String field, ZoneId zone) {
        String text = trimmed(fields.text(field));
        if (text == null) {
            throw new InvalidInputException(field, "is required, as YYYY-MM-DD HH:MM:SS");
        }
        try {
            return LocalDateTime.parse(text, TIME).atZone(zone).toInstant();
        }
        catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is a time as YYYY-MM-DD HH:MM:SS");
        }
    }

    private static String length(String field, String value, int min, int max) {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (value == null || length < min || length > max) {
            throw new InvalidInputException(field, "has " + min + " to " + max + " characters");
        }
        return value;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
