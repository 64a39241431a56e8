package com.communitysuite.platform.storage;

import java.time.Instant;

/**
 * An upload the client makes on its own: {@code PUT} the bytes to {@code uploadUrl} with {@code Content-Type:
 * contentType} before {@code expiresAt}; the object is then read at {@code publicUrl}.
 */
public record PresignedUpload(String uploadUrl, String objectKey, String publicUrl, String contentType,
        Instant expiresAt) {
}
