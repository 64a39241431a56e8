package com.communitysuite.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import org.junit.jupiter.api.Test;

import com.aliyun.oss.HttpMethod;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.model.GeneratePresignedUrlRequest;

/** Aliyun's OSS SDK, offline, reproduces the V1 query-signature vectors of integrations.md 5a. */
class OssPresignVectorsTest {

    private static final String ENDPOINT = "https://oss-cn-hangzhou.aliyuncs.com";

    @Test
    void theOfficialSdkVectorWithAVersionId() {
        OSS client = new OSSClientBuilder().build(ENDPOINT, new DefaultCredentialProvider("ak", "sk"));
        GeneratePresignedUrlRequest request = new GeneratePresignedUrlRequest("bucket", "key", HttpMethod.GET);
        request.setExpiration(new Date(1699807420_000L));
        request.addQueryParameter("versionId", "versionId");

        URL url = client.generatePresignedUrl(request);

        assertThat(url.getQuery()).contains("Signature=dcLTea%2BYh9ApirQ8o8dOPqtvJXQ%3D");
        assertThat(query(url, "Expires")).isEqualTo("1699807420");
        assertThat(query(url, "OSSAccessKeyId")).isEqualTo("ak");
    }

    @Test
    void theOfficialSdkVectorWithAnStsToken() {
        OSS client = new OSSClientBuilder().build(ENDPOINT,
                new DefaultCredentialProvider("ak", "sk", "attachment; /file/name==example.txt++"));
        GeneratePresignedUrlRequest request = new GeneratePresignedUrlRequest("bucket", "key+123", HttpMethod.GET);
        request.setExpiration(new Date(1699808204_000L));
        request.addQueryParameter("versionId", "versionId");

        URL url = client.generatePresignedUrl(request);

        assertThat(query(url, "Signature")).isEqualTo("su58IVk06Q73DHwcMsXft/RTZ98=");
        assertThat(query(url, "security-token")).isEqualTo("attachment; /file/name==example.txt++");
    }

    @Test
    void theDerivedPresignedPutFixturesWithTheSignedContentType() {
        OSS plain = new OSSClientBuilder().build(ENDPOINT, new DefaultCredentialProvider("ak", "sk"));
        OSS temporary = new OSSClientBuilder().build(ENDPOINT, new DefaultCredentialProvider("ak", "sk", "tok"));
        Instant expires = Instant.ofEpochSecond(1700000000L);

        URL url = plain.generatePresignedUrl(OssObjectStore.presignRequest("examplebucket", "avatars/u1.jpg",
                "image/jpeg", expires));
        URL withToken = temporary.generatePresignedUrl(OssObjectStore.presignRequest("examplebucket",
                "avatars/u1.jpg", "image/jpeg", expires));

        assertThat(query(url, "Signature")).isEqualTo("o4WhH5uRqLmzC8T01eQFeWwHoOU=");
        assertThat(query(withToken, "Signature")).isEqualTo("RCCcSXU6qDZqYNZuvBhKYsB+0L0=");
    }

    @Test
    void theStoreAnswersTheUploadUrlItsExpiryAndThePublicUrl() {
        OSS client = new OSSClientBuilder().build("https://oss-cn-shenzhen.aliyuncs.com",
                new DefaultCredentialProvider("ak", "sk"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00.400Z"), ZoneOffset.UTC);
        OssObjectStore store = new OssObjectStore(client, "chaoley", "https://cdn.chaoley.com", Duration.ofMinutes(10),
                clock);

        PresignedUpload upload = store.presignUpload("image/u1/cover/x.jpg", "image/jpeg");

        assertThat(upload.uploadUrl()).startsWith("https://chaoley.oss-cn-shenzhen.aliyuncs.com/image/u1/cover/x.jpg?");
        assertThat(QueryParameters.get(upload.uploadUrl(), "Expires"))
                .isEqualTo(Long.toString(Instant.parse("2026-12-01T00:10:00Z").getEpochSecond()));
        assertThat(upload.expiresAt()).isEqualTo(Instant.parse("2026-12-01T00:10:00Z"));
        assertThat(upload.publicUrl()).isEqualTo("https://cdn.chaoley.com/image/u1/cover/x.jpg");
    }

    private static String query(URL url, String name) {
        return QueryParameters.get(url.toString(), name);
    }
}
