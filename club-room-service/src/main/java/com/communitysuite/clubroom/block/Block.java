package com.communitysuite.clubroom.block;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A campus block (版块): a section such as 博雅 or 志愿 that organizations and activities belong to. */
@Entity
@Table(name = "block")
public class Block {

    static final int MAX_NAME = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_NAME)
    private String name;

    protected Block() {
    }

    Block(String name) {
        this.name = name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
