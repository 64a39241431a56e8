package com.communitysuite.user.group;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An mp group whose members may create its meetings: a SIG, an MSG or the Pro committee. */
@Entity
@Table(name = "mp_group")
public class MpGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "group_type", nullable = false)
    private short groupType;

    @Column(nullable = false)
    private String etherpad;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MpGroup() {
    }

    MpGroup(String name, GroupType type, String etherpad, Instant now) {
        this.name = name;
        this.groupType = (short) type.code();
        this.etherpad = etherpad;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public GroupType type() {
        return GroupType.of(groupType).orElseThrow();
    }

    public String etherpad() {
        return etherpad;
    }
}
