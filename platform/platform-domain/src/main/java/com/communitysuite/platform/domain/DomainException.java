package com.communitysuite.platform.domain;

/**
 * A rule of the domain refused what was asked. Domain and application code throw its subclasses; each API surface's
 * exception handler renders them in its own shape, so the code that decides knows nothing of HTTP.
 * <p>
 * The {@code reason} is a stable key ({@code profile.already-initialised}, {@code club.not-found}) that a surface
 * may map to a business code of its document; the message is the text people see (the original systems' texts).
 */
public abstract class DomainException extends RuntimeException {

    private final String reason;

    protected DomainException(String reason, String message) {
        super(message, null, false, false);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a domain exception needs a reason");
        }
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
