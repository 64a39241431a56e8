package com.communitysuite.account.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's account: the ids of every surface and the credentials that lead to it. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String uid;

    @Column(nullable = false)
    private short status;

    @Column(name = "country_code")
    private String countryCode;

    private String mobile;

    @Column(name = "wechat_openid")
    private String wechatOpenid;

    @Column(name = "wechat_unionid")
    private String wechatUnionid;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "privacy_agreed_at")
    private Instant privacyAgreedAt;

    @Column(name = "privacy_version")
    private String privacyVersion;

    private String email;

    @Version
    private long version;

    protected Account() {
    }

    private Account(Instant now) {
        this.uid = UUID.randomUUID().toString().replace("-", "");
        this.status = AccountStatus.NORMAL.code();
        this.createdAt = now;
    }

    public static Account withPhone(PhoneNumber phone, Instant now) {
        Account account = new Account(now);
        account.countryCode = phone.countryCode();
        account.mobile = phone.mobile();
        return account;
    }

    /** An account with no phone or WeChat identity: a campus super user's. */
    public static Account bare(Instant now) {
        return new Account(now);
    }

    public static Account withWeChat(String openid, String unionid, Instant now) {
        Account account = new Account(now);
        account.wechatOpenid = openid;
        account.wechatUnionid = unionid;
        return account;
    }

    /** Links a WeChat identity to this account; a unionid learned later is added. */
    public void linkWeChat(String openid, String unionid) {
        this.wechatOpenid = openid;
        if (unionid != null) {
            this.wechatUnionid = unionid;
        }
    }

    /** The nickname a new account starts with, until its owner chooses one: {@code USER_} and 8 hex digits. */
    public String defaultNickname() {
        return "USER_" + uid.substring(0, 8);
    }

    public boolean agreedToPrivacyPolicy() {
        return privacyAgreedAt != null;
    }

    /** Records consent to the current privacy policy. */
    public void agreeToPrivacyPolicy(String version, Instant now) {
        this.privacyAgreedAt = now;
        this.privacyVersion = version;
    }

    public void revokePrivacyConsent() {
        this.privacyAgreedAt = null;
        this.privacyVersion = null;
    }

    /**
     * Log-off: every credential that leads here is removed, so the person cannot sign in to this account again;
     * a later sign-in with the same phone or WeChat creates a new account.
     */
    public void logOff() {
        this.status = AccountStatus.DELETED.code();
        this.countryCode = null;
        this.mobile = null;
        this.wechatOpenid = null;
        this.wechatUnionid = null;
        this.email = null;
        this.privacyAgreedAt = null;
        this.privacyVersion = null;
    }

    public void verifyEmail(String address) {
        this.email = address;
    }

    public String email() {
        return email;
    }

    public String weChatOpenid() {
        return wechatOpenid;
    }

    public String weChatUnionid() {
        return wechatUnionid;
    }

    public Long id() {
        return id;
    }

    public String uid() {
        return uid;
    }

    public AccountStatus status() {
        return AccountStatus.of(status);
    }

    public boolean maySignIn() {
        return status() == AccountStatus.NORMAL;
    }

    public void changeStatus(AccountStatus newStatus) {
        this.status = newStatus.code();
    }

    public String phoneNumber() {
        return mobile;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
