package com.communitysuite.notification.delivery;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * A delivery this replica holds the lease of.
 *
 * @param attempts  how many times it has been claimed, this time included
 * @param expiresAt when it stops mattering, or null
 */
public record ClaimedDelivery(long id, String channel, String recipient, JsonNode payload, int attempts,
        Instant expiresAt) {
}
