package com.communitysuite.platform.web.mvc;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.communitysuite.platform.web.Surface;
import com.communitysuite.platform.web.SurfaceErrors;

/**
 * What the servlet container's error dispatch answers (a failure in a filter, before any handler: an undecodable
 * form body, a request the security firewall rejected, a {@code sendError}): the surface's error body instead of
 * Spring Boot's default one, read off the original path.
 */
@RestController
class SurfaceErrorController implements ErrorController {

    private static final Log log = LogFactory.getLog(SurfaceErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String original ? original : request.getRequestURI();
        Throwable failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        HttpStatus status = statusOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE), failure);
        if (status.is5xxServerError() && failure != null) {
            log.error("Unexpected failure of " + path, failure);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(SurfaceErrors.body(Surface.fromPath(path), status, null));
    }

    private static HttpStatus statusOf(Object code, Throwable failure) {
        if (failure != null && MalformedRequests.isMalformed(failure, true)) {
            return HttpStatus.BAD_REQUEST;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
