package com.communitysuite.platform.web.mvc;

import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.communitysuite.platform.domain.DomainException;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.DomainFailures;
import com.communitysuite.platform.web.FieldErrors;
import com.communitysuite.platform.web.Surface;
import com.communitysuite.platform.web.SurfaceErrors;

/**
 * Turns every failure of a request into its surface's error body: Spring MVC's own exceptions (bad JSON, missing or
 * wrong-typed parameters and headers, validation, unknown paths, wrong methods), {@link ApiProblem}s raised by
 * handlers, and anything unexpected, which becomes a 500 that reveals nothing of the cause.
 */
public abstract class SurfaceExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Log log = LogFactory.getLog(SurfaceExceptionHandler.class);
    /**
     * What method security ({@code @PreAuthorize}) throws inside a handler when the caller lacks the role. Looked up by
     * name so that this library does not need Spring Security; where it is absent nothing can throw it.
     */
    private static final Class<?> ACCESS_DENIED = ClassUtils.isPresent(
            "org.springframework.security.access.AccessDeniedException", SurfaceExceptionHandler.class.getClassLoader())
                    ? ClassUtils.resolveClassName("org.springframework.security.access.AccessDeniedException",
                            SurfaceExceptionHandler.class.getClassLoader())
                    : null;

    protected abstract Surface surfaceOf(WebRequest request);

    @ExceptionHandler(ApiProblem.class)
    public ResponseEntity<Object> handleApiProblem(ApiProblem problem, WebRequest request) {
        return respond(request, problem.status(), problem.getMessage(), problem.code(), problem.fieldErrors());
    }

    @ExceptionHandler(DomainException.class)
    public ResponseEntity<Object> handleDomainException(DomainException failure, WebRequest request) {
        return handleApiProblem(DomainFailures.of(surfaceOf(request), failure), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        FieldErrors errors = new FieldErrors();
        ex.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            errors.add(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        });
        return respond(request, HttpStatus.BAD_REQUEST, null, null, errors);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        if (ACCESS_DENIED != null && ACCESS_DENIED.isInstance(ex)) {
            return respond(request, HttpStatus.FORBIDDEN, null, null, new FieldErrors());
        }
        if (MalformedRequests.isMalformed(ex, false)) {
            return respond(request, HttpStatus.BAD_REQUEST, null, null, FieldErrors.of("request", "is malformed"));
        }
        log.error("Unexpected failure of " + request.getDescription(false), ex);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, null, null, new FieldErrors());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        FieldErrors errors = fieldErrorsOf(ex);
        if (status == HttpStatus.BAD_REQUEST && errors.isEmpty()) {
            errors.add("request", detailOf(ex));
        }
        HttpHeaders kept = new HttpHeaders();
        if (headers.getAllow() != null && !headers.getAllow().isEmpty()) {
            kept.setAllow(headers.getAllow());
        }
        return respond(request, status, null, null, errors, kept);
    }

    private ResponseEntity<Object> respond(WebRequest request, HttpStatus status, String message, String code,
            FieldErrors errors) {
        return respond(request, status, message, code, errors, new HttpHeaders());
    }

    private ResponseEntity<Object> respond(WebRequest request, HttpStatus status, String message, String code,
            FieldErrors errors, HttpHeaders headers) {
        Map<String, Object> body = SurfaceErrors.body(surfaceOf(request), status, message, code, errors);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static FieldErrors fieldErrorsOf(Exception ex) {
        FieldErrors errors = new FieldErrors();
        if (ex instanceof MethodArgumentNotValidException invalid) {
            invalid.getBindingResult().getFieldErrors()
                    .forEach(e -> errors.add(e.getField(), messageOf(e)));
            invalid.getBindingResult().getGlobalErrors()
                    .forEach(e -> errors.add("non_field_errors", messageOf(e)));
        }
        else if (ex instanceof HandlerMethodValidationException invalid) {
            for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
                String name = parameterName(result);
                result.getResolvableErrors().forEach(e -> errors.add(name, messageOf(e)));
            }
        }
        else if (ex instanceof MissingRequestHeaderException missing) {
            errors.add(missing.getHeaderName(), "is required");
        }
        else if (ex instanceof MissingServletRequestParameterException missing) {
            errors.add(missing.getParameterName(), "is required");
        }
        else if (ex instanceof TypeMismatchException mismatch) {
            errors.add(mismatch.getPropertyName() == null ? "request" : mismatch.getPropertyName(),
                    "has the wrong type");
        }
        else if (ex instanceof HttpMessageNotReadableException) {
            errors.add("body", "is missing or is not valid JSON of the expected shape");
        }
        return errors;
    }

    private static String parameterName(ParameterValidationResult result) {
        RequestHeader header = result.getMethodParameter().getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        if (header != null && !header.value().isEmpty()) {
            return header.value();
        }
        RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        if (param != null && !param.value().isEmpty()) {
            return param.value();
        }
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "request" : name;
    }

    private static String messageOf(MessageSourceResolvable error) {
        if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
            return "has the wrong type";
        }
        String message = error.getDefaultMessage();
        return message == null ? new DefaultMessageSourceResolvable(error.getCodes()).toString() : message;
    }

    private static String detailOf(Exception ex) {
        if (ex instanceof ErrorResponse response && response.getBody().getDetail() != null) {
            return response.getBody().getDetail();
        }
        return "is not valid";
    }
}
