package com.communitysuite.clubroom.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.domain.InvalidInputException;

class SequenceIdTest {

    @Test
    void isTheJoinTimeInMillisecondsAndTheId() {
        SequenceId id = SequenceId.of(Instant.ofEpochMilli(1614421213477L), "b4688e4583244aad8363d390073c86ff");

        assertThat(id.text()).isEqualTo("1614421213477:b4688e4583244aad8363d390073c86ff");
        assertThat(SequenceId.parse(id.text())).isEqualTo(id);
    }

    @Test
    void anythingElseIsBadInputNamingLastId() {
        for (String bad : new String[] { "1614421213477", "x:b4688e4583244aad8363d390073c86ff",
                "1614421213477:B4688E4583244AAD8363D390073C86FF", "1614421213477:b4688e45", "99999999999999999999:"
                        + "b4688e4583244aad8363d390073c86ff" }) {
            assertThatThrownBy(() -> SequenceId.parse(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.field()).isEqualTo("lastId"));
        }
    }
}
