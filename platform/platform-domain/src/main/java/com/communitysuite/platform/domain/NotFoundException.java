package com.communitysuite.platform.domain;

/** What was asked for does not exist, or is not visible to the caller. */
public class NotFoundException extends DomainException {

    public NotFoundException(String reason, String message) {
        super(reason, message);
    }
}
