package com.communitysuite.clubroom.club;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A club: the app's 圈子 and the campus organization (组织) are this one record, known to the app by its 32-hex
 * {@code clubId} and to campus by its numeric {@code id}. Its owner is always a member and a manager. A club created
 * on campus belongs to a block; one created in the app belongs to none.
 */
@Entity
@Table(name = "club")
public class Club {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "club_id", nullable = false, unique = true, length = 32)
    private String clubId;

    @Column(nullable = false)
    private String name;

    private String description;

    private String cover;

    @Column(name = "block_id")
    private Long blockId;

    @Column(name = "owner_account_id", nullable = false)
    private long ownerAccountId;

    @Column(name = "owner_uid", nullable = false, length = 32)
    private String ownerUid;

    @Column(name = "member_total", nullable = false)
    private int memberTotal;

    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Club() {
    }

    private Club(String name, String description, String cover, Long blockId, long ownerAccountId, String ownerUid,
            Instant now) {
        this.clubId = UUID.randomUUID().toString().replace("-", "");
        this.name = name;
        this.description = description;
        this.cover = cover;
        this.blockId = blockId;
        this.ownerAccountId = ownerAccountId;
        this.ownerUid = ownerUid;
        // The owner is its first member.
        this.memberTotal = 1;
        this.version = 1;
        // The app shows and pages by milliseconds.
        this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A club an app user created. */
    static Club createdInApp(String name, String cover, long ownerAccountId, String ownerUid, Instant now) {
        return new Club(name, null, cover, null, ownerAccountId, ownerUid, now);
    }

    /** A campus organization of a block. */
    static Club organization(String name, String description, String avatar, long blockId, long ownerAccountId,
            String ownerUid, Instant now) {
        return new Club(name, description, avatar, blockId, ownerAccountId, ownerUid, now);
    }

    /** A campus edit: the name, and the description and avatar where given (null keeps them). */
    void edit(String newName, String newDescription, String newAvatar) {
        this.name = newName;
        if (newDescription != null) {
            this.description = newDescription;
        }
        if (newAvatar != null) {
            this.cover = newAvatar;
        }
        this.version++;
    }

    void transferTo(long newOwnerAccountId, String newOwnerUid) {
        this.ownerAccountId = newOwnerAccountId;
        this.ownerUid = newOwnerUid;
        this.version++;
    }

    void memberJoined() {
        this.memberTotal++;
        this.version++;
    }

    void memberLeft() {
        this.memberTotal = Math.max(0, memberTotal - 1);
        this.version++;
    }

    /**
     * What happens when a member leaves, by the original's rule: a member just leaves; the owner may not, unless they
     * are the only member of a club created in the app, which then is dissolved. A campus organization is only ever
     * deleted by its owner or a super user deleting it, never by its owner unfollowing it.
     */
    Departure departureOf(long accountId) {
        if (accountId != ownerAccountId) {
            return Departure.LEAVES;
        }
        return memberTotal <= 1 && !isOrganization() ? Departure.DISSOLVES : Departure.REFUSED;
    }

    enum Departure {
        LEAVES, DISSOLVES, REFUSED
    }

    public boolean isOrganization() {
        return blockId != null;
    }

    public boolean isOwnedBy(long accountId) {
        return ownerAccountId == accountId;
    }

    public long id() {
        return id;
    }

    public String clubId() {
        return clubId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String cover() {
        return cover;
    }

    public Long blockId() {
        return blockId;
    }

    public long ownerAccountId() {
        return ownerAccountId;
    }

    public String ownerUid() {
        return ownerUid;
    }

    public int memberTotal() {
        return memberTotal;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
