package com.communitysuite.clubroom.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.communitysuite.clubroom.club.Club.Departure;

class ClubTest {

    private static final Instant NOW = Instant.parse("2021-02-27T10:20:13.212345Z");
    private static final long OWNER = 7;
    private static final long MEMBER = 8;

    @Test
    void aNewClubHasItsOwnerAsItsOnlyMemberAndTimesInMilliseconds() {
        Club club = Club.createdInApp("产品交流圈", "https://cdn.example/c.jpg", OWNER, "u7", NOW);

        assertThat(club.memberTotal()).isEqualTo(1);
        assertThat(club.version()).isEqualTo(1);
        assertThat(club.clubId()).matches("[a-f0-9]{32}");
        assertThat(club.createdAt()).isEqualTo(Instant.parse("2021-02-27T10:20:13.212Z"));
        assertThat(club.isOrganization()).isFalse();
        assertThat(Club.organization("摄影社", null, null, 3, OWNER, "u7", NOW).isOrganization()).isTrue();
    }

    @Test
    void aMemberLeavesAndTheOwnerOnlyWhenAloneInAnAppClubWhichIsThenDissolved() {
        Club club = Club.createdInApp("圈", "c", OWNER, "u7", NOW);
        assertThat(club.departureOf(OWNER)).isEqualTo(Departure.DISSOLVES);

        club.memberJoined();
        assertThat(club.departureOf(MEMBER)).isEqualTo(Departure.LEAVES);
        assertThat(club.departureOf(OWNER)).isEqualTo(Departure.REFUSED);
    }

    @Test
    void theOwnerNeverLeavesAnOrganizationEvenAlone() {
        Club organization = Club.organization("摄影社", null, null, 3, OWNER, "u7", NOW);

        assertThat(organization.departureOf(OWNER)).isEqualTo(Departure.REFUSED);
        organization.transferTo(MEMBER, "u8");
        assertThat(organization.departureOf(OWNER)).isEqualTo(Departure.LEAVES);
        assertThat(organization.ownerUid()).isEqualTo("u8");
    }

    @Test
    void anEditKeepsWhatItDoesNotGiveAndEveryChangeGrowsTheVersion() {
        Club organization = Club.organization("摄影社", "拍照", "a.png", 3, OWNER, "u7", NOW);

        organization.edit("摄影协会", null, null);
        assertThat(organization.name()).isEqualTo("摄影协会");
        assertThat(organization.description()).isEqualTo("拍照");
        assertThat(organization.cover()).isEqualTo("a.png");
        organization.edit("摄影协会", "", "b.png");
        assertThat(organization.description()).isEmpty();
        assertThat(organization.cover()).isEqualTo("b.png");
        organization.memberJoined();
        organization.memberLeft();
        organization.memberLeft();
        organization.memberLeft();
        assertThat(organization.memberTotal()).as("never below zero").isZero();
        assertThat(organization.version()).isEqualTo(7);
    }
}
