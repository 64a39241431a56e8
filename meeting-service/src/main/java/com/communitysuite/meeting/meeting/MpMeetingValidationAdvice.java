package com.communitysuite.meeting.meeting;

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

import com.communitysuite.meeting.calendar.MpCalendarController;
import com.communitysuite.platform.domain.InvalidInputException;

/**
 * The original answered a refused meeting as {@code {"detail": "<its text>"}} (开始时间应大于当前时间, 无效的邮件地址,
 * ...), which the mini-program shows; the surface's shared advice would put its generic 参数无效 there. The field's
 * entry stays beside it.
 */
@RestControllerAdvice(assignableTypes = { MpMeetingController.class, MpCalendarController.class })
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class MpMeetingValidationAdvice {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException invalid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detail", invalid.getMessage());
        body.put(invalid.field(), List.of(invalid.getMessage()));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
