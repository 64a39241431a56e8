package com.communitysuite.clubroom.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.communitysuite.clubroom.campus.CampusShapes.UserView;
import com.communitysuite.clubroom.people.UserSummary;

class CampusShapesTest {

    @Test
    void timesAreShanghaiLocalTimesWithoutOffsetAsPythonWroteThem() {
        assertThat(CampusShapes.time(Instant.parse("2021-04-15T03:26:32.396852Z"))).isEqualTo("2021-04-15T11:26:32.396852");
        assertThat(CampusShapes.time(Instant.parse("2021-04-15T03:26:32.5Z"))).isEqualTo("2021-04-15T11:26:32.500000");
        assertThat(CampusShapes.time(Instant.parse("2021-04-15T03:26:32Z"))).isEqualTo("2021-04-15T11:26:32");
        assertThat(CampusShapes.time(Instant.parse("2021-04-15T03:26:32.000000900Z")))
                .as("nanoseconds below a microsecond are not shown").isEqualTo("2021-04-15T11:26:32");
    }

    @Test
    void aUserShowsTheProfileAndAnUnknownNameIsEmpty() {
        assertThat(UserView.of(new UserSummary(7, "u7", "用户1", null, "hi", "a@buaa.edu.cn")))
                .isEqualTo(new UserView(7, "用户1", null, "a@buaa.edu.cn", "hi"));
        assertThat(UserView.of(new UserSummary(8, "u8", null, null, null, null)).name()).isEmpty();
    }
}
