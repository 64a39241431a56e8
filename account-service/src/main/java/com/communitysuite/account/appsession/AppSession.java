package com.communitysuite.account.appsession;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed-in app client: a token to present (kept as a hash) and a secret to sign requests with. */
@Entity
@Table(name = "app_session")
public class AppSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "access_secret", nullable = false)
    private String accessSecret;

    @Column(name = "client_type")
    private Short clientType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AppSession() {
    }

    AppSession(Long accountId, String tokenHash, String accessSecret, Short clientType, Instant now,
            Instant expiresAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.accessSecret = accessSecret;
        this.clientType = clientType;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    Long accountId() {
        return accountId;
    }

    String accessSecret() {
        return accessSecret;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
