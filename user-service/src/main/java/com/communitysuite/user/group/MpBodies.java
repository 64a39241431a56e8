package com.communitysuite.user.group;

import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.user.profile.MpTexts;

import tools.jackson.databind.JsonNode;

/** Fields of the mp batch bodies, as strictly as the original read them. */
final class MpBodies {

    private MpBodies() {
    }

    /** The {@code ids} string of a batch body. */
    static java.util.Set<Long> ids(JsonNode body) {
        JsonNode ids = body == null ? null : body.get("ids");
        if (ids == null || !ids.isString()) {
            throw new InvalidInputException("ids", MpTexts.PARAMETER_INVALID);
        }
        return UserIds.parse(ids.asString());
    }

    /** A group or city id: a JSON whole number, else the original's "用户组不存在". */
    static long groupId(JsonNode body, String field) {
        JsonNode id = body == null ? null : body.get(field);
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
            throw new ConflictException("group.not-found", MpTexts.GROUP_NOT_FOUND);
        }
        return id.asLong();
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidInputException(field, "This field is required.");
        }
        if (!value.isString()) {
            throw new InvalidInputException(field, "Not a valid string.");
        }
        return value.asString();
    }

    static int integer(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidInputException(field, "This field is required.");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidInputException(field, "A valid integer is required.");
        }
        return value.asInt();
    }
}
