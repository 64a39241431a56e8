package com.communitysuite.account.token;

/** A token that is malformed, expired, not ours, revoked, or a refresh token used twice. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message, null, false, false);
    }
}
