package com.communitysuite.platform.domain;

/** A value the caller sent breaks a rule of the domain (too long, in the past, out of range); names the field. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String message) {
        this("invalid." + field, field, message);
    }

    public InvalidInputException(String reason, String field, String message) {
        super(reason, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
