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
