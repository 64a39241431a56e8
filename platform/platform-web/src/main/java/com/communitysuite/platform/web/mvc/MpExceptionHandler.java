package com.communitysuite.platform.web.mvc;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import com.communitysuite.platform.web.Surface;

/** Errors of {@link MpApi} controllers, in the mp surface's dialect. */
@RestControllerAdvice(annotations = MpApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class MpExceptionHandler extends SurfaceExceptionHandler {

    @Override
    protected Surface surfaceOf(WebRequest request) {
        return Surface.MP;
    }
}
