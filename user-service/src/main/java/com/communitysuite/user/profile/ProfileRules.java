package com.communitysuite.user.profile;

import com.communitysuite.platform.domain.InvalidInputException;

/** What the original accepted as a nickname, an avatar, a bio or a campus name and sign. */
public final class ProfileRules {

    public static final int NICKNAME_MAX = 20;
    public static final int BIO_MAX = 1000;
    public static final int CAMPUS_NAME_MAX = 30;
    public static final int CAMPUS_SIGN_MAX = 200;
    public static final int AVATAR_MAX = 500;

    private ProfileRules() {
    }

    public static String nickname(String nickname) {
        if (nickname == null || nickname.isBlank()) {
            throw new InvalidInputException("nickname", "名字不能为空");
        }
        String trimmed = nickname.trim();
        if (length(trimmed) > NICKNAME_MAX) {
            throw new InvalidInputException("nickname", "设置的名字不能超过20个字");
        }
        return trimmed;
    }

    public static String avatar(String avatar) {
        if (avatar == null || avatar.isBlank()) {
            throw new InvalidInputException("avatar", "头像不能为空");
        }
        if (avatar.length() > AVATAR_MAX) {
            throw new InvalidInputException("avatar", "头像地址不能超过500个字符");
        }
        return avatar.trim();
    }

    public static String bio(String bio) {
        if (bio != null && length(bio) > BIO_MAX) {
            throw new InvalidInputException("bio", "介绍不能超过1000个字");
        }
        return bio;
    }

    /** Campus {@code name}: required, not blank, at most 30 characters (DRF's texts). */
    public static String campusName(String name, boolean present) {
        if (!present) {
            throw new InvalidInputException("name", "该字段是必填项。");
        }
        if (name == null) {
            throw new InvalidInputException("name", "该字段不能为 null。");
        }
        if (name.isBlank()) {
            throw new InvalidInputException("name", "该字段不能为空。");
        }
        if (length(name) > CAMPUS_NAME_MAX) {
            throw new InvalidInputException("name", "请确保这个字段不超过 30 个字符。");
        }
        return name;
    }

    public static String campusSign(String sign) {
        if (sign != null && length(sign) > CAMPUS_SIGN_MAX) {
            throw new InvalidInputException("sign", "请确保这个字段不超过 200 个字符。");
        }
        return sign;
    }

    public static String campusAvatar(String avatar) {
        if (avatar != null && avatar.length() > AVATAR_MAX) {
            throw new InvalidInputException("avatar", "请确保这个字段不超过 500 个字符。");
        }
        return avatar;
    }

    /** Characters as people count them (code points, so an emoji is one). */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
