package com.communitysuite.clubroom.club;

/**
 * The original app's clean-up of a club name: control and invisible characters (backspace, tab, vertical tab, form
 * feed, no-break space, byte-order mark) become spaces, line and paragraph separators become line breaks, and line
 * breaks become spaces, so a name is always one line. Surrounding spaces are dropped.
 */
final class ClubName {

    static final int MAX_LENGTH = 100;
    static final String BLANK = "名称不能为空";
    static final String TOO_LONG = "名称不能超过100个字";

    private ClubName() {
    }

    static String normalise(String raw) {
        String name = raw.replaceAll("[\\u0008\\t\\u000B\\f\\u00A0\\uFEFF]", " ")
                .replaceAll("[\\u2028\\u2029]", "\n")
                .replace("\r\n", " ")
                .replace('\n', ' ');
        return name.strip();
    }
}
