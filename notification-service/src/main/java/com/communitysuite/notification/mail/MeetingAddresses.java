package com.communitysuite.notification.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A meeting's e-mail list as people type it: separated by {@code ,}, {@code ，}, {@code ;} or {@code ；}, with
 * spaces; empty entries dropped and each address once (case does not make two addresses), sorted, as the openEuler
 * original did.
 */
final class MeetingAddresses {

    private static final Pattern SEPARATORS = Pattern.compile("[,，;；]");
    private static final Pattern ADDRESS = Pattern.compile("^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$");

    private MeetingAddresses() {
    }

    static List<String> normalise(List<String> entries) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            if (entry == null) {
                continue;
            }
            for (String part : SEPARATORS.split(entry.replaceAll("\\s", ""))) {
                if (ADDRESS.matcher(part).matches()) {
                    unique.putIfAbsent(part.toLowerCase(Locale.ROOT), part);
                }
            }
        }
        List<String> sorted = new ArrayList<>(unique.values());
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        return sorted;
    }
}
