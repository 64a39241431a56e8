package com.communitysuite.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A failure a handler decides on: the HTTP status, a message for people, and where the surface has one, its
 * business code (app {@code errorCode}, wx {@code code}, codes response code). The surface's advice renders it.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final FieldErrors fieldErrors;

    public ApiProblem(HttpStatus status, String message, String code, FieldErrors fieldErrors) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fieldErrors = fieldErrors == null ? new FieldErrors() : fieldErrors;
    }

    public static ApiProblem badRequest(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, message, null, FieldErrors.of(field, message));
    }

    public static ApiProblem notFound(String message) {
        return new ApiProblem(HttpStatus.NOT_FOUND, message, null, null);
    }

    public static ApiProblem forbidden(String message) {
        return new ApiProblem(HttpStatus.FORBIDDEN, message, null, null);
    }

    /** An app-surface business failure: HTTP 200, {@code status: 0} and the code from the document's table. */
    public static ApiProblem business(int code, String message) {
        return new ApiProblem(HttpStatus.OK, message, Integer.toString(code), null);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
