package com.communitysuite.platform.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The mini-program back end's check of free text (meetings and activities alike): no HTML start tag, no link, and
 * where asked no line break, each refused with the original's text.
 */
public final class PlainText {

    public static final String NO_XSS = "请勿输入XSS标签等内容";
    public static final String NO_URL = "请勿输入URL链接，XSS标签等内容";
    public static final String NO_CRLF = "请勿输入\\r\\n等内容";

    private static final Pattern HTML_START_TAG = Pattern.compile("<\\s*[a-zA-Z][a-zA-Z0-9-]*(\\s[^>]*)?/?>");

    private PlainText() {
    }

    /**
     * @return the value, when it has no HTML start tag, no {@code http://}, {@code https://} or {@code www.} and,
     *         unless they are allowed, no line break
     * @throws InvalidInputException naming the field otherwise
     */
    public static String check(String field, String value, boolean lineBreaksAllowed) {
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
}
