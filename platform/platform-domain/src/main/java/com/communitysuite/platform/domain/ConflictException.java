package com.communitysuite.platform.domain;

/**
 * The request is well formed but clashes with the current state: a duplicate name, an already-joined activity, a
 * full one, a transition the status machine does not allow.
 */
public class ConflictException extends DomainException {

    public ConflictException(String reason, String message) {
        super(reason, message);
    }
}
