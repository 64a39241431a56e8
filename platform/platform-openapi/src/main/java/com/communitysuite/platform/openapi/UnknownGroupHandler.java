package com.communitysuite.platform.openapi;

import java.util.Map;

import org.springdoc.api.OpenApiResourceNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.communitysuite.platform.web.Surface;
import com.communitysuite.platform.web.SurfaceErrors;

/**
 * A surface the service does not serve has no document: a 404 (in the app shape, as any other unknown root path),
 * not the 500 the services' catch-all advice would make of springdoc's exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownGroupHandler {

    @ExceptionHandler(OpenApiResourceNotFoundException.class)
    ResponseEntity<Map<String, Object>> noSuchGroup() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(SurfaceErrors.body(Surface.APP, HttpStatus.NOT_FOUND, null));
    }
}
