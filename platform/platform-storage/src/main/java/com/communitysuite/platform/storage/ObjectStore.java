package com.communitysuite.platform.storage;

/**
 * Where the suite keeps uploaded and generated files (images): a client uploads straight to the store with a
 * presigned URL the service hands out, and a service stores what it makes itself (a QR code) with a plain put.
 * Everyone reads an object at its public URL.
 */
public interface ObjectStore {

    /**
     * A URL the client may {@code PUT} exactly one object to, with exactly this content type, until the upload
     * expires (the store's configured validity).
     *
     * @param objectKey   where the object goes, such as {@code image/<uid>/avatar/<id>.jpg}
     * @param contentType the {@code Content-Type} the upload must be sent with
     */
    PresignedUpload presignUpload(String objectKey, String contentType);

    /** Stores the bytes under the key, replacing what was there. */
    void put(String objectKey, byte[] content, String contentType);

    /** Where anyone reads the object. */
    String publicUrl(String objectKey);
}
