package com.communitysuite.platform.domain;

/** The caller may not do this (not the owner, not a manager, not an admin, blocked). */
public class NotAllowedException extends DomainException {

    public NotAllowedException(String reason, String message) {
        super(reason, message);
    }
}
