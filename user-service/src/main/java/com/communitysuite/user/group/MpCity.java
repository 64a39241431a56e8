package com.communitysuite.user.group;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An mp city group (the MSG meetings of a city). */
@Entity
@Table(name = "mp_city")
public class MpCity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String etherpad;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MpCity() {
    }

    MpCity(String name, String etherpad, Instant now) {
        this.name = name;
        this.etherpad = etherpad;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String etherpad() {
        return etherpad;
    }
}
