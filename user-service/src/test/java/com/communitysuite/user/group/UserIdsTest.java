package com.communitysuite.user.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.domain.InvalidInputException;

class UserIdsTest {

    @Test
    void idsAreWholeNumbersJoinedByDashesAtMostFifty() {
        assertThat(UserIds.parse("1-2-3-2")).containsExactly(1L, 2L, 3L);
        assertThat(UserIds.parse("4611686018427387903")).containsExactly(4611686018427387903L);
        for (String bad : new String[] { "", "1-", "-1", "1--2", "a", "1.5", "99999999999999999999",
                "1-".repeat(50) + "1" }) {
            assertThatThrownBy(() -> UserIds.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
    }
}
