package com.communitysuite.user.group;

import java.util.LinkedHashSet;
import java.util.Set;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.user.profile.MpTexts;

/** The mp batch endpoints' {@code ids}: {@code "1-2-3"}, whole numbers joined by dashes, at most 50. */
public final class UserIds {

    public static final int MAX = 50;

    private UserIds() {
    }

    public static Set<Long> parse(String ids) {
        if (ids == null || ids.isBlank()) {
            throw new InvalidInputException("ids", MpTexts.PARAMETER_INVALID);
        }
        Set<Long> parsed = new LinkedHashSet<>();
        String[] pieces = ids.trim().split("-", -1);
        if (pieces.length > MAX) {
            throw new InvalidInputException("ids", MpTexts.PARAMETER_INVALID);
        }
        for (String piece : pieces) {
            parsed.add(wholeNumber(piece));
        }
        return parsed;
    }

    private static long wholeNumber(String piece) {
        if (!piece.matches("[0-9]{1,19}")) {
            throw new InvalidInputException("ids", MpTexts.PARAMETER_INVALID);
        }
        try {
            return Long.parseLong(piece);
        }
        catch (NumberFormatException tooLarge) {
            throw new InvalidInputException("ids", MpTexts.PARAMETER_INVALID);
        }
    }
}
