package com.communitysuite.activity.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CampusWindowTest {

    static final Instant BEGIN = Instant.parse("2026-12-10T02:00:00Z");
    static final Instant END = Instant.parse("2026-12-10T04:00:00Z");

    @Test
    void windowsAreTheOriginalsAtTheTimeOfTheRequest() {
        Instant before = BEGIN.minusSeconds(1);
        Instant after = END.plusSeconds(1);
        assertThat(CampusWindow.UNSTART.contains(BEGIN, END, before)).isTrue();
        assertThat(CampusWindow.UNSTART.contains(BEGIN, END, BEGIN)).isFalse();
        assertThat(CampusWindow.CUR.contains(BEGIN, END, BEGIN)).isTrue();
        assertThat(CampusWindow.CUR.contains(BEGIN, END, END)).isTrue();
        assertThat(CampusWindow.CUR.contains(BEGIN, END, after)).isFalse();
        assertThat(CampusWindow.END.contains(BEGIN, END, END)).isFalse();
        assertThat(CampusWindow.END.contains(BEGIN, END, after)).isTrue();
        assertThat(CampusWindow.ALL.contains(BEGIN, END, after)).isTrue();
        assertThat(CampusWindow.ofSegment("cur")).isEqualTo(CampusWindow.CUR);
        assertThat(CampusWindow.ofSegment("status")).isNull();
    }
}
