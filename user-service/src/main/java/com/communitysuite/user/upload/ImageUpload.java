package com.communitysuite.user.upload;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An upload credential handed out: whose image goes to which object key. */
@Entity
@Table(name = "image_upload")
public class ImageUpload {

    @Id
    @Column(name = "image_id")
    private String imageId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "image_dir", nullable = false)
    private String imageDir;

    @Column(name = "object_key", nullable = false)
    private String objectKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ImageUpload() {
    }

    ImageUpload(String imageId, long accountId, ImageDir dir, String objectKey, Instant now) {
        this.imageId = imageId;
        this.accountId = accountId;
        this.imageDir = dir.path();
        this.objectKey = objectKey;
        this.createdAt = now;
    }

    public String objectKey() {
        return objectKey;
    }
}
