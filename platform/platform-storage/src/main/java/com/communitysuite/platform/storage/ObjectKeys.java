package com.communitysuite.platform.storage;

import java.util.regex.Pattern;

/** Object keys the stores accept: relative paths of plain segments, so a key can never name a place outside. */
public final class ObjectKeys {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final int MAX_LENGTH = 512;

    private ObjectKeys() {
    }

    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    static String require(String key) {
        if (!isValid(key)) {
            throw new IllegalArgumentException("not a valid object key: " + key);
        }
        return key;
    }
}
