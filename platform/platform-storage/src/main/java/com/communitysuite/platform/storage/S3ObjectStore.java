package com.communitysuite.platform.storage;

import java.time.Duration;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Amazon S3 or any S3-compatible store (MinIO): uploads presigned with the AWS SDK's {@link S3Presigner} (SigV4 in
 * the query string, the content type signed), server-side puts with its {@link S3Client}.
 */
public class S3ObjectStore implements ObjectStore {

    private final S3Presigner presigner;
    private final S3Client client;
    private final String bucket;
    private final String publicBaseUrl;
    private final Duration uploadValidity;

    /**
     * @param publicBaseUrl where objects are read, the key appended after a slash (a CDN, or the bucket's URL)
     */
    public S3ObjectStore(S3Presigner presigner, S3Client client, String bucket, String publicBaseUrl,
            Duration uploadValidity) {
        this.presigner = presigner;
        this.client = client;
        this.bucket = bucket;
        this.publicBaseUrl = StorageProperties.withoutTrailingSlash(publicBaseUrl);
        this.uploadValidity = uploadValidity;
    }

    @Override
    public PresignedUpload presignUpload(String objectKey, String contentType) {
        ObjectKeys.require(objectKey);
        PresignedPutObjectRequest presigned = presigner.presignPutObject(request -> request
                .signatureDuration(uploadValidity)
                .putObjectRequest(put -> put.bucket(bucket).key(objectKey).contentType(contentType)));
        return new PresignedUpload(presigned.url().toString(), objectKey, publicUrl(objectKey), contentType,
                presigned.expiration());
    }

    @Override
    public void put(String objectKey, byte[] content, String contentType) {
        ObjectKeys.require(objectKey);
        client.putObject(put -> put.bucket(bucket).key(objectKey).contentType(contentType),
                RequestBody.fromBytes(content));
    }

    @Override
    public String publicUrl(String objectKey) {
        return publicBaseUrl + "/" + objectKey;
    }
}
