package com.communitysuite.user.profile;

import java.util.regex.Pattern;

import com.communitysuite.platform.domain.InvalidInputException;

/** The mp original's error texts and content checks ({@code utils/check_params.py}). */
public final class MpTexts {

    public static final String INFORMATION_CHANGED = "信息发生变化，请刷新后重试";
    public static final String PARAMETER_INVALID = "参数无效";
    public static final String GROUP_NOT_FOUND = "用户组不存在";
    public static final String CITY_EXISTS = "添加的城市已经存在，请查看";
    public static final String NO_XSS = "请勿输入XSS标签等内容";
    public static final String NO_URL = "请勿输入URL链接，XSS标签等内容";
    public static final String NO_CRLF = "请勿输入\\r\\n等内容";

    private static final Pattern HTML_TAG = Pattern.compile("<\\s*[a-zA-Z!/][^>]*>?");
    private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.");

    private MpTexts() {
    }

    /** A gitee name, if given: 1 to 20 characters, no HTML tag, no line break. */
    public static String giteeName(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        if (name.length() > 20) {
            throw new InvalidInputException("gitee_name", "Ensure this field has no more than 20 characters.");
        }
        if (HTML_TAG.matcher(name).find()) {
            throw new InvalidInputException("gitee_name", NO_XSS);
        }
        if (name.contains("\r") || name.contains("\n")) {
            throw new InvalidInputException("gitee_name", NO_CRLF);
        }
        return name;
    }

    /** {@code check_invalid_content}: no HTML tag, no URL, no line break; 1 to {@code max} characters. */
    public static String plainText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "This field may not be blank.");
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw new InvalidInputException(field, "Ensure this field has no more than " + max + " characters.");
        }
        if (HTML_TAG.matcher(value).find()) {
            throw new InvalidInputException(field, NO_XSS);
        }
        if (URL.matcher(value).find()) {
            throw new InvalidInputException(field, NO_URL);
        }
        if (value.contains("\r") || value.contains("\n")) {
            throw new InvalidInputException(field, NO_CRLF);
        }
        return value;
    }
}
