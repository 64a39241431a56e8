package com.communitysuite.activity.activity;

import java.util.Locale;
import java.util.regex.Pattern;

import com.communitysuite.platform.domain.InvalidInputException;

/**
 * The mp original's content checks ({@code check_field}, {@code check_invalid_content}, {@code check_link}), with
 * its texts.
 */
public final class ContentRules {

    public static final String INVALID = "参数无效";
    public static final String NO_XSS = "请勿输入XSS标签等内容";
    public static final String NO_URL = "请勿输入URL链接，XSS标签等内容";
    public static final String NO_CRLF = "请勿输入\\r\\n等内容";

    private static final Pattern HTML_START_TAG = Pattern.compile("<\\s*[a-zA-Z][a-zA-Z0-9-]*(\\s[^>]*)?/?>");
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

    /** No HTML start tag, no link ({@code http://}, {@code https://}, {@code www.}) and, when asked, no line break. */
    public static String plainText(String field, String value, boolean lineBreaksAllowed) {
        if (HTML_START_TAG.matcher(value).find()) {
            throw new InvalidInputException(field, NO_XSS);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.contains("https://") || lower.contains("http://") || lower.contains("www.")) {
            throw new InvalidInputException(field, NO_URL);
        }
        if (!lineBreaksAllowed && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new InvalidInputException(field, NO_CRLF);
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
