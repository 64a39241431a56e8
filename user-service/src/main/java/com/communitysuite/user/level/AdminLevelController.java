package com.communitysuite.user.level;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.web.mvc.CampusApi;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.JsonNode;

/**
 * This suite's admin API: a campus super user grants the mp levels the original only set in its database
 * ({@code level} 3 meeting admin, {@code activity_level} 3 activity admin). {@code userId} is the account id.
 */
@CampusApi
class AdminLevelController {

    private final LevelService levels;

    AdminLevelController(LevelService levels) {
        this.levels = levels;
    }

    record LevelsView(long id, int level, @JsonProperty("activity_level") int activityLevel) {
        static LevelsView of(LevelService.Levels levels) {
            return new LevelsView(levels.id(), levels.level(), levels.activityLevel());
        }
    }

    @GetMapping("/campus/admin/users/{userId}/levels")
    @PreAuthorize("@access.superUser()")
    LevelsView levels(@PathVariable long userId) {
        return LevelsView.of(levels.levelsOf(userId));
    }

    @PutMapping("/campus/admin/users/{userId}/levels")
    @PreAuthorize("@access.superUser()")
    LevelsView grant(@PathVariable long userId, @RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("non_field_errors", "无效数据。期待为字典类型。");
        }
        return LevelsView.of(levels.grant(userId, level(body, "level"), level(body, "activity_level")));
    }

    private static Integer level(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidInputException(field, "请填写合法的整数值。");
        }
        return value.asInt();
    }
}
