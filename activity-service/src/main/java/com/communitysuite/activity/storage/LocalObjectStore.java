package com.communitysuite.activity.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local suite's stand-in for object storage: objects are files under a directory, their URLs point below a
 * configured base, and upload URLs carry an expiry and an HMAC of this JVM's random key. Nothing here is shared
 * between replicas or survives a wiped directory; {@link ObjectStoreConfiguration} refuses it under the prod profile.
 */
public class LocalObjectStore implements ObjectStore {

    private final Path directory;
    private final String publicBaseUrl;
    private final Clock clock;
    private final byte[] signingKey = new byte[32];

    public LocalObjectStore(Path directory, String publicBaseUrl, Clock clock) {
        this.directory = directory;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
        this.clock = clock;
        new SecureRandom().nextBytes(signingKey);
    }

    @Override
    public URI presignedPut(String key, String contentType, Duration validity) {
        long expires = clock.instant().plus(validity).getEpochSecond();
        String signature = hmac("PUT\n" + contentType + "\n" + expires + "\n" + key);
        return URI.create(publicBaseUrl + "/" + key + "?expires=" + expires + "&signature=" + signature);
    }

    @Override
    public String put(String key, byte[] content, String contentType) {
        Path file = directory.resolve(key).normalize();
        if (!file.startsWith(directory.normalize())) {
            throw new IllegalArgumentException("object key leaves the store: " + key);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return publicBaseUrl + "/" + key;
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
