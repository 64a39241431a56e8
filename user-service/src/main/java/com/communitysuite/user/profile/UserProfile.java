package com.communitysuite.user.profile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a user shows of themselves, and their meeting and activity permission levels (mp). */
@Entity
@Table(name = "user_profile")
public class UserProfile {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, unique = true)
    private String uid;

    @Column(nullable = false)
    private String nickname;

    @Column(nullable = false)
    private String avatar;

    private String sign;

    @Column(name = "gitee_name")
    private String giteeName;

    @Column(nullable = false)
    private short level;

    @Column(name = "activity_level", nullable = false)
    private short activityLevel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserProfile() {
    }

    UserProfile(long accountId, String uid, String nickname, Instant now) {
        this.accountId = accountId;
        this.uid = uid;
        this.nickname = nickname;
        this.avatar = "";
        this.level = 1;
        this.activityLevel = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void submitted(String newNickname, String newAvatar, Instant now) {
        if (newNickname != null && !newNickname.isBlank()) {
            this.nickname = newNickname;
        }
        if (newAvatar != null) {
            this.avatar = newAvatar;
        }
        this.updatedAt = now;
    }

    /** Withdrawing privacy consent drops what the consent allowed: the gitee name and the elevated levels. */
    void consentRevoked(Instant now) {
        this.giteeName = null;
        this.level = 1;
        this.activityLevel = 1;
        this.updatedAt = now;
    }

    public Long accountId() {
        return accountId;
    }

    public String uid() {
        return uid;
    }

    public String nickname() {
        return nickname;
    }

    public String avatar() {
        return avatar;
    }

    public String sign() {
        return sign;
    }

    public String giteeName() {
        return giteeName;
    }

    public int level() {
        return level;
    }

    public int activityLevel() {
        return activityLevel;
    }
}
