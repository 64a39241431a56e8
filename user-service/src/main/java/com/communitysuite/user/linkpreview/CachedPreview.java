package com.communitysuite.user.linkpreview;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A preview kept by the MD5 of its link (only previews with a title and a URL are kept, as the original). */
@Entity
@Table(name = "link_preview")
public class CachedPreview {

    @Id
    @Column(name = "link_md5")
    private String linkMd5;

    @Column(nullable = false)
    private String url;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String image;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    protected CachedPreview() {
    }

    CachedPreview(String linkMd5, LinkPreview preview, Instant now) {
        this.linkMd5 = linkMd5;
        this.url = preview.url();
        this.title = preview.title();
        this.description = preview.description();
        this.image = preview.image();
        this.fetchedAt = now;
    }

    LinkPreview preview() {
        return new LinkPreview(title, description, image, url);
    }
}
