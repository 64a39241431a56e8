package com.communitysuite.user.feedback;

import java.time.Instant;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Feedback from the app (about the app or a room) or from the campus platform; the author may be erased. */
@Entity
@Table(name = "feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private String surface;

    @Column(name = "origin_type")
    private Short originType;

    @Column(name = "origin_id")
    private String originId;

    @Column(name = "feedback_type")
    private Short feedbackType;

    @Column(nullable = false)
    private String content;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] images;

    @Column(name = "client_type")
    private Short clientType;

    @Column(name = "client_version")
    private String clientVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Feedback() {
    }

    static Feedback fromApp(long accountId, int originType, String originId, int feedbackType, String content,
            List<String> images, Integer clientType, String clientVersion, Instant now) {
        Feedback feedback = new Feedback();
        feedback.accountId = accountId;
        feedback.surface = "app";
        feedback.originType = (short) originType;
        feedback.originId = originId;
        feedback.feedbackType = (short) feedbackType;
        feedback.content = content;
        feedback.images = images.toArray(String[]::new);
        feedback.clientType = clientType == null ? null : clientType.shortValue();
        feedback.clientVersion = clientVersion;
        feedback.createdAt = now;
        return feedback;
    }

    static Feedback fromCampus(long accountId, String content, Instant now) {
        Feedback feedback = new Feedback();
        feedback.accountId = accountId;
        feedback.surface = "campus";
        feedback.content = content;
        feedback.images = new String[0];
        feedback.createdAt = now;
        return feedback;
    }

    public long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String surface() {
        return surface;
    }

    public String content() {
        return content;
    }

    public List<String> images() {
        return List.of(images);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
