package com.communitysuite.account.campus;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A campus super user: a username and password over an account of their own. */
@Entity
@Table(name = "super_admin")
public class SuperAdmin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, unique = true)
    private Long accountId;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SuperAdmin() {
    }

    SuperAdmin(Long accountId, String username, String email, String passwordHash, Instant now) {
        this.accountId = accountId;
        this.username = username;
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    Long accountId() {
        return accountId;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }
}
