package com.communitysuite.user.profile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.communitysuite.platform.domain.ConflictException;

/**
 * What a user shows of themselves on every surface (the app's nickname, avatar and bio are campus's name, avatar and
 * sign), and their mp permission levels: {@code level} 1 user, 2 SIG or city member, 3 meeting admin;
 * {@code activityLevel} 1 user, 2 sponsor, 3 activity admin.
 */
@Entity
@Table(name = "user_profile")
public class UserProfile {

    public static final int USER = 1;
    public static final int MEMBER = 2;
    public static final int SPONSOR = 2;
    public static final int ADMIN = 3;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, unique = true)
    private String uid;

    @Column(nullable = false)
    private String nickname;

    @Column(nullable = false)
    private String avatar;

    private String bio;

    @Column(name = "gitee_name")
    private String giteeName;

    private String email;

    @Column(nullable = false)
    private short level;

    @Column(name = "activity_level", nullable = false)
    private short activityLevel;

    @Column(name = "levels_version", nullable = false)
    private long levelsVersion;

    @Column(nullable = false)
    private boolean initialised;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserProfile() {
    }

    /**
     * A new account's profile. An app account starts uninitialised (the app asks for a nickname and an avatar first);
     * mp and campus accounts come with WeChat's.
     */
    UserProfile(long accountId, String uid, String nickname, String avatar, boolean initialised, Instant now) {
        this.accountId = accountId;
        this.uid = uid;
        this.nickname = nickname;
        this.avatar = avatar == null ? "" : avatar;
        this.level = USER;
        this.activityLevel = USER;
        this.initialised = initialised;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The app's first profile: once only. */
    void initialise(String newNickname, String newAvatar, Instant now) {
        if (initialised) {
            throw new ConflictException("profile.already-initialised", "用户资料已初始化");
        }
        this.nickname = newNickname;
        this.avatar = newAvatar;
        this.initialised = true;
        this.updatedAt = now;
    }

    /** The app's profile edit: a blank bio removes it. */
    void edit(String newNickname, String newAvatar, String newBio, Instant now) {
        this.nickname = newNickname;
        this.avatar = newAvatar;
        this.bio = newBio == null || newBio.isBlank() ? null : newBio;
        this.updatedAt = now;
    }

    /** The campus edit: the name always, the sign and avatar when sent. */
    void editOnCampus(String name, String sign, String newAvatar, Instant now) {
        this.nickname = name;
        if (sign != null) {
            this.bio = sign.isBlank() ? null : sign;
        }
        if (newAvatar != null) {
            this.avatar = newAvatar;
        }
        this.initialised = true;
        this.updatedAt = now;
    }

    /** The WeChat nickname and avatar a campus user submitted at sign-up. */
    void submitted(String newNickname, String newAvatar, Instant now) {
        if (newNickname != null && !newNickname.isBlank()) {
            this.nickname = newNickname;
        }
        if (newAvatar != null) {
            this.avatar = newAvatar;
        }
        this.updatedAt = now;
    }

    void giteeNameChanged(String name, Instant now) {
        this.giteeName = name == null || name.isBlank() ? null : name;
        this.updatedAt = now;
    }

    void emailVerified(String address, Instant now) {
        this.email = address;
        this.updatedAt = now;
    }

    /**
     * Sets the levels; the version grows when either changes.
     *
     * @return whether anything changed
     */
    boolean levelsBecome(int newLevel, int newActivityLevel, Instant now) {
        if (newLevel == level && newActivityLevel == activityLevel) {
            return false;
        }
        this.level = (short) newLevel;
        this.activityLevel = (short) newActivityLevel;
        this.levelsVersion++;
        this.updatedAt = now;
        return true;
    }

    /** Withdrawing privacy consent drops what the consent allowed: the gitee name (the levels go separately). */
    void consentRevoked(Instant now) {
        this.giteeName = null;
        this.updatedAt = now;
    }

    public long accountId() {
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

    public String bio() {
        return bio;
    }

    public String giteeName() {
        return giteeName;
    }

    public String email() {
        return email;
    }

    public int level() {
        return level;
    }

    public int activityLevel() {
        return activityLevel;
    }

    public boolean sponsor() {
        return activityLevel == SPONSOR;
    }

    public long levelsVersion() {
        return levelsVersion;
    }

    public boolean initialised() {
        return initialised;
    }
}
