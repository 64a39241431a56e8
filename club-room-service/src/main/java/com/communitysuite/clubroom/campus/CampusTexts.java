package com.communitysuite.clubroom.campus;

/** Django REST framework's zh-hans texts, which the campus clients show as they are. */
public final class CampusTexts {

    public static final String REQUIRED = "该字段是必填项。";
    public static final String BLANK = "该字段不能为空。";
    public static final String MAX_50 = "请确保这个字段不能超过 50 个字符。";
    public static final String MAX_500 = "请确保这个字段不能超过 500 个字符。";
    public static final String NOT_AN_INTEGER = "请填写合法的整数值。";
    /** A text with something other than white space in it (DRF trims before its blank check). */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    private CampusTexts() {
    }
}
