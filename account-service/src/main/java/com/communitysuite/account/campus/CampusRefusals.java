package com.communitysuite.account.campus;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.security.resource.CurrentIdentity;
import com.communitysuite.platform.web.Surface;
import com.communitysuite.platform.web.SurfaceErrors;
import com.communitysuite.platform.web.mvc.CampusApi;

/**
 * A campus endpoint's role check ({@code @PreAuthorize}) refusing a caller who is not signed in answers as Django REST
 * framework did before it looked at permissions: 401 {@code 缺少token。}; a signed-in caller without the role gets
 * the 403 {@code 您没有执行该操作的权限。}.
 */
@RestControllerAdvice(annotations = CampusApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CampusRefusals {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> refused(AccessDeniedException refusal) {
        boolean signedIn = CurrentIdentity.get().map(SuiteIdentity::isAccount).orElse(false);
        HttpStatus status = signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(SurfaceErrors.body(Surface.CAMPUS, status, null));
    }
}
