package com.communitysuite.platform.web.mvc;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import com.communitysuite.platform.web.Surface;

/** Errors of {@link AppApi} controllers, in the app surface's dialect. */
@RestControllerAdvice(annotations = AppApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class AppExceptionHandler extends SurfaceExceptionHandler {

    @Override
    protected Surface surfaceOf(WebRequest request) {
        return Surface.APP;
    }
}
