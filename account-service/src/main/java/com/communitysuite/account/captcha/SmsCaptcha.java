package com.communitysuite.account.captcha;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.communitysuite.account.account.PhoneNumber;
import com.communitysuite.account.support.Hashing;

/** A captcha sent to a phone: valid until it expires, is used once, or has been guessed wrong too often. */
@Entity
@Table(name = "sms_captcha")
public class SmsCaptcha {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "country_code", nullable = false)
    private String countryCode;

    @Column(nullable = false)
    private String mobile;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "requester_ip")
    private String requesterIp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected SmsCaptcha() {
    }

    SmsCaptcha(PhoneNumber phone, String code, String requesterIp, Instant now, Instant expiresAt) {
        this.countryCode = phone.countryCode();
        this.mobile = phone.mobile();
        this.codeHash = hash(phone, code);
        this.requesterIp = requesterIp;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** What checking a code against this captcha found. */
    enum Check { ACCEPTED, WRONG, EXPIRED }

    Check check(String code, Instant now, int maxFailedAttempts) {
        if (closedAt != null || !now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        if (Hashing.constantTimeEquals(codeHash, hash(new PhoneNumber(countryCode, mobile), code))) {
            closedAt = now;
            return Check.ACCEPTED;
        }
        failedAttempts++;
        if (failedAttempts >= maxFailedAttempts) {
            closedAt = now;
        }
        return Check.WRONG;
    }

    /** Bound to the number, so a hash says nothing about the same code sent elsewhere. */
    private static String hash(PhoneNumber phone, String code) {
        return Hashing.sha256Hex(phone.countryCode() + ":" + phone.mobile() + ":" + code);
    }
}
