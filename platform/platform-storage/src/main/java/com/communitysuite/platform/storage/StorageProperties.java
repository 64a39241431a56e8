package com.communitysuite.platform.storage;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code suite.storage.*}: which store ({@code s3}, {@code oss} or {@code local}) and its settings.
 *
 * @param provider       {@code s3} (Amazon S3, MinIO and other S3-compatible stores), {@code oss} (Aliyun) or
 *                       {@code local} (a directory; refused under the {@code prod} profile)
 * @param uploadValidity how long a presigned upload URL may be used (the original: 10 minutes)
 * @param maxUploadSize  the largest upload the local store accepts
 */
@ConfigurationProperties("suite.storage")
public record StorageProperties(String provider, Duration uploadValidity, DataSize maxUploadSize, S3 s3, Oss oss,
        Local local) {

    static final Set<String> PROVIDERS = Set.of("s3", "oss", "local");

    public StorageProperties {
        if (provider != null && !PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("suite.storage.provider must be one of " + PROVIDERS + ": " + provider);
        }
        uploadValidity = uploadValidity == null ? Duration.ofMinutes(10) : uploadValidity;
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(5) : maxUploadSize;
        s3 = s3 == null ? new S3(null, null, null, null, null, null, null, false, null) : s3;
        oss = oss == null ? new Oss(null, null, null, null, null, null) : oss;
        local = local == null ? new Local(null, null, null) : local;
    }

    /**
     * @param endpoint     the S3 API's URL clients upload to; empty for Amazon S3 itself
     * @param internalEndpoint where the service itself reaches the S3 API for its own puts, when that differs from
     *                     the address clients use (a container network); the endpoint when empty
     * @param publicUrl    where objects are read (CDN or the bucket's URL); the endpoint and bucket when empty
     * @param pathStyle    {@code https://endpoint/bucket/key} rather than {@code https://bucket.endpoint/key} (MinIO)
     * @param sessionToken STS credentials' token, if the keys are temporary ones
     */
    public record S3(String endpoint, String internalEndpoint, String region, String bucket, String accessKey,
            String secretKey, String sessionToken, boolean pathStyle, String publicUrl) {
    }

    /**
     * @param endpoint      such as {@code https://oss-cn-shenzhen.aliyuncs.com}
     * @param publicUrl     where objects are read (a CDN); {@code https://<bucket>.<endpoint host>} when empty
     * @param securityToken STS credentials' token, if the keys are temporary ones
     */
    public record Oss(String endpoint, String bucket, String accessKeyId, String accessKeySecret,
            String securityToken, String publicUrl) {
    }

    /**
     * @param directory     where the files go
     * @param publicUrl     where the store is reached from outside (the gateway's public URL and the store's path)
     * @param signingSecret the key its presigned URLs are signed with; a random one per start when empty
     */
    public record Local(String directory, String publicUrl, String signingSecret) {
    }

    static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
