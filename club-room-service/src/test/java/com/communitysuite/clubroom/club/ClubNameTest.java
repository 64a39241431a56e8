package com.communitysuite.clubroom.club;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClubNameTest {

    @Test
    void controlAndInvisibleCharactersBecomeSpaces() {
        assertThat(ClubName.normalise("读书\t会\u00A0第\u000B一\fpart\u0008\uFEFF!")).isEqualTo("读书 会 第 一 part  !");
    }

    @Test
    void aNameIsOneLine() {
        assertThat(ClubName.normalise("产品\r\n交流\n圈\u2028二\u2029三")).isEqualTo("产品 交流 圈 二 三");
    }

    @Test
    void surroundingSpaceIsDropped() {
        assertThat(ClubName.normalise("  Bug交流圈 \n")).isEqualTo("Bug交流圈");
    }
}
