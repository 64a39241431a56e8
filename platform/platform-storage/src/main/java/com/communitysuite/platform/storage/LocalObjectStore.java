package com.communitysuite.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local suite's stand-in for an object store: files in a directory, uploaded with presigned URLs it makes and
 * checks itself and read back through the gateway. The service that serves its HTTP side (user-service) asks it to
 * {@link #verifyUpload verify} each upload. Refused under the {@code prod} profile.
 * <p>
 * The URL's signature is an HMAC-SHA256, written here because no library signs URLs for a plain directory: it covers
 * the method, the key, the content type, the size limit and the expiry, so none of them can be changed by the client.
 */
public class LocalObjectStore implements ObjectStore {

    /** Where the local store is served through the gateway, below {@code suite.public-base-url}. */
    public static final String GATEWAY_PATH = "/aliyun/local-store";
    public static final String EXPIRES = "Expires";
    public static final String MAX_BYTES = "MaxBytes";
    public static final String SIGNATURE = "Signature";
    public static final String CONTENT_TYPE = "ContentType";
    private static final String HMAC = "HmacSHA256";

    private final Path root;
    private final String publicBaseUrl;
    private final byte[] secret;
    private final Duration uploadValidity;
    private final long maxUploadBytes;
    private final Clock clock;

    /**
     * @param publicBaseUrl where the store is reached from outside: the gateway's public URL and the store's path,
     *                      such as {@code http://localhost:8080/aliyun/local-store}
     */
    public LocalObjectStore(Path root, String publicBaseUrl, byte[] secret, Duration uploadValidity,
            long maxUploadBytes, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.publicBaseUrl = StorageProperties.withoutTrailingSlash(publicBaseUrl);
        this.secret = secret.clone();
        this.uploadValidity = uploadValidity;
        this.maxUploadBytes = maxUploadBytes;
        this.clock = clock;
    }

    /** Why an upload is refused, or that it may go ahead. */
    public enum Verdict {
        ACCEPTED, BAD_SIGNATURE, EXPIRED, TOO_LARGE, WRONG_CONTENT_TYPE
    }

    @Override
    public PresignedUpload presignUpload(String objectKey, String contentType) {
        ObjectKeys.require(objectKey);
        Instant expires = clock.instant().plus(uploadValidity);
        long expiresAt = expires.getEpochSecond();
        String signature = sign(objectKey, contentType, expiresAt, maxUploadBytes);
        String url = publicUrl(objectKey) + "?" + EXPIRES + "=" + expiresAt + "&" + MAX_BYTES + "=" + maxUploadBytes
                + "&" + SIGNATURE + "=" + signature + "&" + CONTENT_TYPE + "="
                + URLEncoder.encode(contentType, StandardCharsets.UTF_8);
        return new PresignedUpload(url, objectKey, publicUrl(objectKey), contentType,
                Instant.ofEpochSecond(expiresAt));
    }

    /**
     * Whether a {@code PUT} of the key with these query parameters, content type and length is one this store
     * presigned and that may still be made.
     *
     * @param contentLength the declared length, or -1 when the client streams without one (then the limit is
     *                      enforced while storing)
     */
    public Verdict verifyUpload(String objectKey, Map<String, String> query, String contentType, long contentLength) {
        if (!ObjectKeys.isValid(objectKey)) {
            return Verdict.BAD_SIGNATURE;
        }
        long expiresAt = parse(query.get(EXPIRES));
        long maxBytes = parse(query.get(MAX_BYTES));
        String presented = query.get(SIGNATURE);
        String signedType = query.get(CONTENT_TYPE);
        if (expiresAt < 0 || maxBytes < 0 || presented == null || signedType == null) {
            return Verdict.BAD_SIGNATURE;
        }
        String expected = sign(objectKey, signedType, expiresAt, maxBytes);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.BAD_SIGNATURE;
        }
        if (clock.instant().getEpochSecond() > expiresAt) {
            return Verdict.EXPIRED;
        }
        if (contentType == null || !signedType.equalsIgnoreCase(contentType.split(";")[0].trim())) {
            return Verdict.WRONG_CONTENT_TYPE;
        }
        if (contentLength > maxBytes) {
            return Verdict.TOO_LARGE;
        }
        return Verdict.ACCEPTED;
    }

    /** The size limit a verified upload's URL carries. */
    public static long maxBytesOf(Map<String, String> query) {
        return parse(query.get(MAX_BYTES));
    }

    /**
     * Stores an upload streamed from the client, reading at most {@code maxBytes}; an upload that turns out larger
     * leaves nothing behind.
     *
     * @return false if the content was larger than allowed
     */
    public boolean store(String objectKey, InputStream content, long maxBytes) {
        Path target = pathOf(objectKey);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
            try {
                long written = 0;
                try (OutputStream out = Files.newOutputStream(partial)) {
                    byte[] buffer = new byte[8192];
                    int read;
                    while ((read = content.read(buffer)) != -1) {
                        written += read;
                        if (written > maxBytes) {
                            return false;
                        }
                        out.write(buffer, 0, read);
                    }
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return true;
            }
            finally {
                Files.deleteIfExists(partial);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void put(String objectKey, byte[] content, String contentType) {
        store(objectKey, new java.io.ByteArrayInputStream(content), Long.MAX_VALUE);
    }

    /** The stored file of the key and its content type (from the key's extension), if there is one. */
    public Optional<StoredObject> read(String objectKey) {
        if (!ObjectKeys.isValid(objectKey)) {
            return Optional.empty();
        }
        Path file = pathOf(objectKey);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String type = URLConnection.guessContentTypeFromName(file.getFileName().toString());
        return Optional.of(new StoredObject(file, type == null ? "application/octet-stream" : type));
    }

    /** A stored file and how to serve it. */
    public record StoredObject(Path file, String contentType) {
    }

    /** Deletes the object's file, if any. */
    public void delete(String objectKey) {
        if (ObjectKeys.isValid(objectKey)) {
            try {
                Files.deleteIfExists(pathOf(objectKey));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String publicUrl(String objectKey) {
        return publicBaseUrl + "/" + objectKey;
    }

    private Path pathOf(String objectKey) {
        Path file = root.resolve(ObjectKeys.require(objectKey)).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("not a valid object key: " + objectKey);
        }
        return file;
    }

    String sign(String objectKey, String contentType, long expiresAt, long maxBytes) {
        String stringToSign = "PUT\n" + objectKey + "\n" + contentType.toLowerCase(java.util.Locale.ROOT) + "\n"
                + expiresAt + "\n" + maxBytes;
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long parse(String number) {
        if (number == null) {
            return -1;
        }
        try {
            long value = Long.parseLong(number);
            return value < 0 ? -1 : value;
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }
}
