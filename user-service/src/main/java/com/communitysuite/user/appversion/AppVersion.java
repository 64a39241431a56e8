package com.communitysuite.user.appversion;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A released version of the iOS or Android app. */
@Entity
@Table(name = "app_version")
public class AppVersion {

    @Id
    @Column(name = "version_id")
    private String versionId;

    @Column(name = "client_type")
    private short clientType;

    @Column(name = "version_code")
    private int versionCode;

    @Column(name = "version_name")
    private String versionName;

    @Column(name = "version_desc")
    private String versionDesc;

    @Column(name = "download_url")
    private String downloadUrl;

    @Column(name = "forced_upgrade")
    private short forcedUpgrade;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AppVersion() {
    }

    public String versionId() {
        return versionId;
    }

    public int clientType() {
        return clientType;
    }

    public int versionCode() {
        return versionCode;
    }

    public String versionName() {
        return versionName;
    }

    public String versionDesc() {
        return versionDesc;
    }

    public String downloadUrl() {
        return downloadUrl;
    }

    public boolean forced() {
        return forcedUpgrade > 0;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
