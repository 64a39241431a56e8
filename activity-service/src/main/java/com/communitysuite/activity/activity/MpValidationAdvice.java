package com.communitysuite.activity.activity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.communitysuite.activity.collection.MpCollectionController;
import com.communitysuite.platform.domain.InvalidInputException;

/**
 * The mp original answered its validation errors as {@code {"detail": "<its text>"}} (开始时间应大于当前时间, ...),
 * which the mini-program shows. The mp surface's shared advice puts its generic 参数无效 in {@code detail} when a
 * field is named; for these controllers the rule's own text goes there, the field's entry stays beside it.
 */
@RestControllerAdvice(assignableTypes = { MpActivityController.class, MpCollectionController.class })
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class MpValidationAdvice {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException invalid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detail", invalid.getMessage());
        body.put(invalid.field(), List.of(invalid.getMessage()));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
