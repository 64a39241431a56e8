package com.communitysuite.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.communitysuite.platform.storage.LocalObjectStore.Verdict;

/** The local store accepts exactly the uploads it presigned: signature, expiry, size limit and content type. */
class LocalObjectStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path directory;

    @Test
    void aPresignedUploadIsAcceptedStoredAndReadBackAtItsPublicUrl() {
        LocalObjectStore store = store(Clock.fixed(NOW, ZoneOffset.UTC));

        PresignedUpload upload = store.presignUpload("image/u1/avatar/a.jpg", "image/jpeg");
        Map<String, String> query = QueryParameters.of(upload.uploadUrl());

        assertThat(upload.uploadUrl()).startsWith("http://localhost:8080/aliyun/local-store/image/u1/avatar/a.jpg?");
        assertThat(upload.publicUrl()).isEqualTo("http://localhost:8080/aliyun/local-store/image/u1/avatar/a.jpg");
        assertThat(upload.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(store.verifyUpload("image/u1/avatar/a.jpg", query, "image/jpeg", 3)).isEqualTo(Verdict.ACCEPTED);
        assertThat(store.store("image/u1/avatar/a.jpg", bytes("jpg"), LocalObjectStore.maxBytesOf(query))).isTrue();
        assertThat(store.read("image/u1/avatar/a.jpg")).hasValueSatisfying(stored -> {
            assertThat(stored.contentType()).isEqualTo("image/jpeg");
            assertThat(read(stored.file())).isEqualTo("jpg");
        });
    }

    @Test
    void aTamperedUrlAnotherKeyOrAnotherContentTypeIsRefused() {
        LocalObjectStore store = store(Clock.fixed(NOW, ZoneOffset.UTC));
        Map<String, String> query = QueryParameters.of(store.presignUpload("image/u1/avatar/a.jpg", "image/jpeg")
                .uploadUrl());

        Map<String, String> biggerLimit = new LinkedHashMap<>(query);
        biggerLimit.put(LocalObjectStore.MAX_BYTES, "999999999");
        Map<String, String> laterExpiry = new LinkedHashMap<>(query);
        laterExpiry.put(LocalObjectStore.EXPIRES, Long.toString(NOW.getEpochSecond() + 86400));
        Map<String, String> unsigned = new LinkedHashMap<>(query);
        unsigned.remove(LocalObjectStore.SIGNATURE);

        assertThat(store.verifyUpload("image/u1/avatar/a.jpg", biggerLimit, "image/jpeg", 3))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(store.verifyUpload("image/u1/avatar/a.jpg", laterExpiry, "image/jpeg", 3))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(store.verifyUpload("image/u1/avatar/a.jpg", unsigned, "image/jpeg", 3))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(store.verifyUpload("image/u2/avatar/a.jpg", query, "image/jpeg", 3))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(store.verifyUpload("image/u1/avatar/a.jpg", query, "text/html", 3))
                .isEqualTo(Verdict.WRONG_CONTENT_TYPE);
        assertThat(store(Clock.fixed(NOW, ZoneOffset.UTC), "another secret")
                .verifyUpload("image/u1/avatar/a.jpg", query, "image/jpeg", 3)).isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void anExpiredUrlIsRefused() {
        Map<String, String> query = QueryParameters.of(store(Clock.fixed(NOW, ZoneOffset.UTC))
                .presignUpload("image/u1/avatar/a.jpg", "image/jpeg").uploadUrl());
        LocalObjectStore later = store(Clock.fixed(NOW.plus(Duration.ofMinutes(11)), ZoneOffset.UTC));

        assertThat(later.verifyUpload("image/u1/avatar/a.jpg", query, "image/jpeg", 3)).isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void anOversizedUploadIsRefusedWhetherDeclaredOrStreamedAndLeavesNothingBehind() {
        LocalObjectStore store = store(Clock.fixed(NOW, ZoneOffset.UTC));
        Map<String, String> query = QueryParameters.of(store.presignUpload("image/u1/avatar/a.jpg", "image/jpeg")
                .uploadUrl());

        assertThat(store.verifyUpload("image/u1/avatar/a.jpg", query, "image/jpeg", 11)).isEqualTo(Verdict.TOO_LARGE);
        assertThat(store.store("image/u1/avatar/a.jpg", bytes("more than ten"), LocalObjectStore.maxBytesOf(query)))
                .isFalse();
        assertThat(store.read("image/u1/avatar/a.jpg")).isEmpty();
    }

    @Test
    void keysThatWouldLeaveTheDirectoryAreNeverRead() {
        LocalObjectStore store = store(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(store.read("../secret")).isEmpty();
        assertThat(store.read("image//a.jpg")).isEmpty();
        assertThat(ObjectKeys.isValid("image/u1/avatar/a.jpg")).isTrue();
        assertThat(ObjectKeys.isValid("/etc/passwd")).isFalse();
        assertThat(ObjectKeys.isValid("image/./a.jpg")).isFalse();
    }

    private LocalObjectStore store(Clock clock) {
        return store(clock, "local secret");
    }

    private LocalObjectStore store(Clock clock, String secret) {
        return new LocalObjectStore(directory, "http://localhost:8080/aliyun/local-store/",
                secret.getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(10), 10, clock);
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
