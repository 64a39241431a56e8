package com.communitysuite.platform.web.mvc;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

import com.communitysuite.platform.web.Surface;

/**
 * Errors raised before a controller is chosen (unknown path, wrong method) or by controllers without a surface
 * annotation: the surface is read off the path.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PathSurfaceExceptionHandler extends SurfaceExceptionHandler {

    @Override
    protected Surface surfaceOf(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            return Surface.fromPath(servlet.getRequest().getRequestURI());
        }
        return Surface.APP;
    }
}
