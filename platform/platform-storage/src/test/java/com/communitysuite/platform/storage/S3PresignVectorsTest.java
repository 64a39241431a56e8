package com.communitysuite.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The AWS SDK's SigV4 signer, which its {@link S3Presigner} signs with, reproduces the query-string vectors of
 * integrations.md 5c; the presigner takes the time from the system clock, so its own URLs are checked by signing the
 * same request again with that signer at the URL's time.
 */
class S3PresignVectorsTest {

    private static final AwsCredentialsIdentity AWS = AwsCredentialsIdentity.create("AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    private static final AwsCredentialsIdentity MINIO = AwsCredentialsIdentity.create("minioadmin", "minioadmin");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Test
    void theOfficialGetVectorOfTheAwsDocumentation() {
        String url = sign(AWS, SdkHttpMethod.GET, "https://examplebucket.s3.amazonaws.com/test.txt", null,
                "2013-05-24T00:00:00Z", 86400);

        assertThat(QueryParameters.get(url, "X-Amz-Credential"))
                .isEqualTo("AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request");
        assertThat(QueryParameters.get(url, "X-Amz-SignedHeaders")).isEqualTo("host");
        assertThat(QueryParameters.get(url, "X-Amz-Signature"))
                .isEqualTo("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
    }

    @Test
    void theDerivedPutVectorsBotocoreAgreesWith() {
        assertThat(signature(AWS, "https://examplebucket.s3.amazonaws.com/test.txt", null, "2013-05-24T00:00:00Z",
                86400)).isEqualTo("f4db56459304dafaa603a99a23c6bea8821890259a65c18ff503a4a72a80efd9");
        assertThat(signature(MINIO, "http://127.0.0.1:9000/community/avatars/u1.jpg", null, "2024-01-01T00:00:00Z",
                900)).isEqualTo("43e50394ef32d81e1fd746252a627820fbc37cbf22ca10e10ec1ca928775872e");
        assertThat(signature(MINIO, "http://127.0.0.1:9000/community/avatars/u1.jpg", "image/jpeg",
                "2024-01-01T00:00:00Z", 900))
                .isEqualTo("0a80f6f5b24b825cb45c8c0fe58adcf0790ae97be0b6dc567a8d7791c0a01327");
        assertThat(signature(AwsSessionCredentialsIdentity.create("minioadmin", "minioadmin", "SESSIONTOKEN"),
                "http://127.0.0.1:9000/community/avatars/u1.jpg", null, "2024-01-01T00:00:00Z", 900))
                .isEqualTo("5682172539faf90a5281488b352395369705c125dee6e4033ee40897a06e8989");
    }

    @Test
    void theStoresPresignedUploadIsThatSignatureOverTheContentTypeAndPointsAtThePublicUrl() {
        S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("minioadmin",
                        "minioadmin")))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .endpointOverride(URI.create("http://127.0.0.1:9000")).build();
        S3ObjectStore store = new S3ObjectStore(presigner, null, "community", "http://localhost:9000/community/",
                Duration.ofMinutes(10));

        PresignedUpload upload = store.presignUpload("image/u1/avatar/a.jpg", "image/jpeg");

        assertThat(upload.uploadUrl()).startsWith("http://127.0.0.1:9000/community/image/u1/avatar/a.jpg?");
        assertThat(QueryParameters.get(upload.uploadUrl(), "X-Amz-SignedHeaders")).isEqualTo("content-type;host");
        assertThat(QueryParameters.get(upload.uploadUrl(), "X-Amz-Expires")).isEqualTo("600");
        String signedAt = AMZ_DATE.parse(QueryParameters.get(upload.uploadUrl(), "X-Amz-Date"), Instant::from)
                .toString();
        assertThat(QueryParameters.get(upload.uploadUrl(), "X-Amz-Signature")).isEqualTo(signature(MINIO,
                "http://127.0.0.1:9000/community/image/u1/avatar/a.jpg", "image/jpeg", signedAt, 600));
        assertThat(upload.publicUrl()).isEqualTo("http://localhost:9000/community/image/u1/avatar/a.jpg");
        assertThat(upload.expiresAt()).isAfter(Instant.now());
    }

    private static String signature(AwsCredentialsIdentity credentials, String url, String contentType, String at,
            long expiresSeconds) {
        return QueryParameters.get(sign(credentials, SdkHttpMethod.PUT, url, contentType, at, expiresSeconds),
                "X-Amz-Signature");
    }

    private static String sign(AwsCredentialsIdentity credentials, SdkHttpMethod method, String url,
            String contentType, String at, long expiresSeconds) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(method).uri(URI.create(url));
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        return AwsV4HttpSigner.create().sign(r -> r.identity(credentials).request(request.build())
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofSeconds(expiresSeconds))
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(Instant.parse(at), ZoneOffset.UTC)))
                .request().getUri().toString();
    }
}
