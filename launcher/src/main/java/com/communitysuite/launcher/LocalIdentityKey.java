package com.communitysuite.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.communitysuite.platform.security.identity.IdentityKeys;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * The key the local gateway signs identity tokens with: made once under var/ (readable by the owner only) and kept,
 * so a restart of one JVM does not invalidate the others' view of it. Production reads it from a secret instead.
 */
record LocalIdentityKey(ECKey key) {

    static LocalIdentityKey loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return new LocalIdentityKey(IdentityKeys.signingKey(Files.readString(file, StandardCharsets.UTF_8)));
        }
        Files.createDirectories(file.getParent());
        ECKey key = IdentityKeys.generate();
        Files.writeString(file, key.toJSONString(), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return new LocalIdentityKey(key);
    }

    String signingKey() {
        return key.toJSONString();
    }

    String verificationKeys() {
        return new JWKSet(key.toPublicJWK()).toString();
    }
}
