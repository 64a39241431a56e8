package com.communitysuite.activity.campus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.FieldErrors;

import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/**
 * A campus request body read field by field as Django REST framework's serializers did: every problem of every field
 * is collected, then answered at once as {@code {"field": ["message"]}} (400) by {@link #validate()}.
 */
public final class CampusFields {

    public static final String REQUIRED = "该字段是必填项。";
    public static final String NULL = "该字段不能为 null。";
    public static final String BLANK = "该字段不能为空。";
    public static final String NOT_AN_INTEGER = "请填写合法的整数值。";
    public static final String NOT_A_NUMBER = "请填写合法的数字。";
    public static final String NOT_A_BOOLEAN = "必须是有效的布尔值。";
    public static final String NOT_A_STRING = "请填写合法的字符串。";
    public static final String DATE_TIME = "日期时间格式错误。请从这些格式中选择：YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]。";

    /** The original ran with {@code USE_TZ=False} on Beijing time: times without an offset are local times there. */
    public static final ZoneId CAMPUS_ZONE = ZoneId.of("Asia/Shanghai");

    private final JsonNode body;
    private final FieldErrors errors = new FieldErrors();

    private CampusFields(JsonNode body) {
        this.body = body;
    }

    public static CampusFields of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "无效数据。期待为字典类型。", null,
                    FieldErrors.of("non_field_errors", "无效数据。期待为字典类型。"));
        }
        return new CampusFields(body);
    }

    public void reject(String field, String message) {
        errors.add(field, message);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Answers every problem found so far. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, errors.firstAsText(), null, errors);
        }
    }

    public String text(String field, boolean required, int maxLength) {
        JsonNode value = body.get(field);
        if (absent(value)) {
            if (required) {
                errors.add(field, value == null ? REQUIRED : NULL);
            }
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            errors.add(field, NOT_A_STRING);
            return null;
        }
        String text = value.isString() ? value.asString().strip() : value.toString();
        if (text.isEmpty()) {
            if (required) {
                errors.add(field, BLANK);
            }
            return required ? null : text;
        }
        if (text.length() > maxLength) {
            errors.add(field, "请确保这个字段不能超过 " + maxLength + " 个字符。");
            return null;
        }
        return text;
    }

    public Long id(String field, boolean required) {
        JsonNode value = body.get(field);
        if (absent(value)) {
            if (required) {
                errors.add(field, value == null ? REQUIRED : NULL);
            }
            return null;
        }
        Long id = integer(value);
        if (id == null) {
            errors.add(field, "不正确的类型。期望是主键值，得到的是 " + value.getNodeType().name().toLowerCase() + "。");
        }
        return id;
    }

    public Integer integer(String field, boolean required, int min) {
        JsonNode value = body.get(field);
        if (absent(value)) {
            if (required) {
                errors.add(field, value == null ? REQUIRED : NULL);
            }
            return null;
        }
        Long number = integer(value);
        if (number == null || number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
            errors.add(field, number == null ? NOT_AN_INTEGER : "请确保该值小于或者等于 " + Integer.MAX_VALUE + "。");
            return null;
        }
        if (number < min) {
            errors.add(field, "请确保该值大于或者等于 " + min + "。");
            return null;
        }
        return number.intValue();
    }

    public Boolean bool(String field, boolean required, boolean fallback) {
        JsonNode value = body.get(field);
        if (absent(value)) {
            if (required) {
                errors.add(field, value == null ? REQUIRED : NULL);
                return null;
            }
            return fallback;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        String text = value.isString() || value.isNumber() ? value.asString().strip().toLowerCase() : "";
        return switch (text) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> {
                errors.add(field, NOT_A_BOOLEAN);
                yield null;
            }
        };
    }

    /** An ISO-8601 time; without an offset it is a campus local time. */
    public Instant time(String field, boolean required) {
        JsonNode value = body.get(field);
        if (absent(value)) {
            if (required) {
                errors.add(field, value == null ? REQUIRED : NULL);
            }
            return null;
        }
        if (!value.isString()) {
            errors.add(field, DATE_TIME);
            return null;
        }
        String text = value.asString().strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        }
        catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(CAMPUS_ZONE).toInstant();
            }
            catch (DateTimeParseException e) {
                errors.add(field, DATE_TIME);
                return null;
            }
        }
    }

    /** A decimal of at most {@code digits} digits, {@code places} of them after the point (as a DecimalField). */
    public BigDecimal decimal(String field, int digits, int places) {
        JsonNode value = body.get(field);
        if (absent(value)) {
            errors.add(field, value == null ? REQUIRED : NULL);
            return null;
        }
        BigDecimal number;
        try {
            number = value.isNumber() ? value.decimalValue() : value.isString() ? new BigDecimal(value.asString().strip())
                    : null;
        }
        catch (NumberFormatException e) {
            number = null;
        }
        if (number == null || number.abs().compareTo(new BigDecimal("1e30")) > 0) {
            errors.add(field, NOT_A_NUMBER);
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        int scale = Math.max(stripped.scale(), 0);
        int whole = stripped.precision() - stripped.scale();
        if (scale > places) {
            errors.add(field, "请确保小数点后不超过 " + places + " 个数字。");
            return null;
        }
        if (whole > digits - places) {
            errors.add(field, "请确保小数点前不超过 " + (digits - places) + " 个数字。");
            return null;
        }
        return number.setScale(places);
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull();
    }

    private static Long integer(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isString()) {
            try {
                return Long.parseLong(value.asString().strip());
            }
            catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
