package com.communitysuite.clubroom.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * This service's copy of a user: that the account exists, its app uid, and how it shows itself (user-service's
 * profile, account-service's verified e-mail). Written only from their events and from identities the gateway
 * vouched for; an account that logged off keeps an erased row so that late events cannot bring it back.
 */
@Entity
@Table(name = "user_copy")
class KnownUser {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    private String uid;

    private String nickname;

    private String avatar;

    private String bio;

    private String email;

    @Column(nullable = false)
    private boolean erased;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KnownUser() {
    }

    KnownUser(long accountId, String uid, Instant now) {
        this.accountId = accountId;
        this.uid = uid;
        this.updatedAt = now;
    }

    /** account-service registered the account; its first nickname stands until the profile says otherwise. */
    void registered(String registeredUid, String registeredNickname, Instant now) {
        if (erased) {
            return;
        }
        if (uid == null) {
            uid = registeredUid;
        }
        if (nickname == null) {
            nickname = registeredNickname;
        }
        updatedAt = now;
    }

    void profileChanged(String changedUid, String newNickname, String newAvatar, String newBio, Instant now) {
        if (erased) {
            return;
        }
        if (changedUid != null) {
            uid = changedUid;
        }
        nickname = newNickname;
        avatar = newAvatar;
        bio = newBio;
        updatedAt = now;
    }

    void emailVerified(String verifiedEmail, Instant now) {
        if (erased) {
            return;
        }
        email = verifiedEmail;
        updatedAt = now;
    }

    void erase(Instant now) {
        erased = true;
        nickname = null;
        avatar = null;
        bio = null;
        email = null;
        updatedAt = now;
    }

    boolean erased() {
        return erased;
    }

    UserSummary summary() {
        return new UserSummary(accountId, uid, nickname, avatar, bio, email);
    }
}
