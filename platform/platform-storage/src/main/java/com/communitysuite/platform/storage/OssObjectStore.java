package com.communitysuite.platform.storage;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.aliyun.oss.HttpMethod;
import com.aliyun.oss.OSS;
import com.aliyun.oss.model.GeneratePresignedUrlRequest;
import com.aliyun.oss.model.ObjectMetadata;

/**
 * Aliyun OSS, as the original app used it: uploads presigned with Aliyun's own SDK ({@code generatePresignedUrl},
 * computed offline: the V1 query signature of integrations.md 5a with the content type signed), server-side puts
 * with the same client.
 */
public class OssObjectStore implements ObjectStore {

    private final OSS client;
    private final String bucket;
    private final String publicBaseUrl;
    private final Duration uploadValidity;
    private final Clock clock;

    public OssObjectStore(OSS client, String bucket, String publicBaseUrl, Duration uploadValidity, Clock clock) {
        this.client = client;
        this.bucket = bucket;
        this.publicBaseUrl = StorageProperties.withoutTrailingSlash(publicBaseUrl);
        this.uploadValidity = uploadValidity;
        this.clock = clock;
    }

    @Override
    public PresignedUpload presignUpload(String objectKey, String contentType) {
        ObjectKeys.require(objectKey);
        // OSS V1 expiry is whole seconds since the epoch.
        Instant expires = clock.instant().plus(uploadValidity).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        URL url = client.generatePresignedUrl(presignRequest(bucket, objectKey, contentType, expires));
        return new PresignedUpload(url.toString(), objectKey, publicUrl(objectKey), contentType, expires);
    }

    static GeneratePresignedUrlRequest presignRequest(String bucket, String objectKey, String contentType,
            Instant expires) {
        GeneratePresignedUrlRequest request = new GeneratePresignedUrlRequest(bucket, objectKey, HttpMethod.PUT);
        request.setExpiration(Date.from(expires));
        request.setContentType(contentType);
        return request;
    }

    @Override
    public void put(String objectKey, byte[] content, String contentType) {
        ObjectKeys.require(objectKey);
        ObjectMetadata metadata = new ObjectMetadata();
        metadata.setContentType(contentType);
        metadata.setContentLength(content.length);
        client.putObject(bucket, objectKey, new ByteArrayInputStream(content), metadata);
    }

    @Override
    public String publicUrl(String objectKey) {
        return publicBaseUrl + "/" + objectKey;
    }
}
