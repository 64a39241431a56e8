package com.communitysuite.activity.activity;

import java.util.Locale;

import com.communitysuite.platform.domain.InvalidInputException;

/**
 * The mp original's content checks ({@code check_field}, {@code check_invalid_content}, {@code check_link}), with
 * its texts.
 */
public final class ContentRules {

    public static final String INVALID = "参数无效";
    private static final int MAX_LINK_LENGTH = 255;

    private ContentRules() {
    }

    /** Non-empty and at most {@code max} characters, else {@value #INVALID}. */
    public static String field(String field, String value, int max) {
        if (value == null || value.isEmpty() || value.codePointCount(0, value.length()) > max) {
            throw new InvalidInputException(field, INVALID);
        }
        return value;
    }

    /** An https link of at most 255 characters that is no redirect. */
    public static String link(String field, String value) {
        if (value == null || value.length() > MAX_LINK_LENGTH) {
            throw new InvalidInputException(field, INVALID);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") || lower.length() == "https://".length() || lower.contains("redirect")
                || value.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(field, INVALID);
        }
        return value;
    }
}
