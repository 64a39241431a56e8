package com.communitysuite.platform.web;

import org.springframework.http.HttpStatus;

import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.DomainException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.web.app.AppErrorCode;

/**
 * How each surface answers a domain exception. The app surface, as the original did, answers refusals with HTTP 200,
 * {@code status: 0} and the business code its document gives the reason (0 when it gives none); the others answer
 * with the HTTP status of the kind of refusal: 404 not found, 403 not allowed, 400 conflict or invalid input.
 */
public final class DomainFailures {

    private DomainFailures() {
    }

    /** The failure as an {@link ApiProblem} in the surface's terms. */
    public static ApiProblem of(Surface surface, DomainException failure) {
        if (failure instanceof InvalidInputException invalid) {
            return new ApiProblem(HttpStatus.BAD_REQUEST, invalid.getMessage(), null,
                    FieldErrors.of(invalid.field(), invalid.getMessage()));
        }
        if (surface == Surface.APP) {
            AppErrorCode code = AppErrorCode.forReason(failure.reason());
            String message = failure.getMessage() != null ? failure.getMessage() : code.message();
            return ApiProblem.business(code.code(), message);
        }
        return new ApiProblem(statusOf(failure), failure.getMessage(), null, null);
    }

    static HttpStatus statusOf(DomainException failure) {
        if (failure instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (failure instanceof NotAllowedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (failure instanceof ConflictException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.BAD_REQUEST;
    }
}
