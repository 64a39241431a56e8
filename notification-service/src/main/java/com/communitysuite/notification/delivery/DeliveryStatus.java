package com.communitysuite.notification.delivery;

/** Where a delivery stands; all but {@link #PENDING} are final. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    /** the outside service refused it for good, or it failed every attempt */
    FAILED,
    /** there was nobody to send it to (no device, no openid, a dead registration id) */
    DROPPED,
    /** it could not be sent before it stopped mattering (a code's validity, a meeting's start) */
    EXPIRED
}
