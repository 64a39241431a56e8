package com.communitysuite.clubroom.h5;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** WeChat's JS-SDK signature examples (integrations.md 2d). */
class JsSdkSignatureTest {

    private static final String TICKET = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";

    @Test
    void theOfficialExamples() {
        assertThat(JsSdkSignature.sign(TICKET, "Wm3WZYTPz0wzccnW", 1414587457, "http://mp.weixin.qq.com?params=value"))
                .isEqualTo("0f9de62fce790f9a083d5c99e95740ceb90c27ed");
        assertThat(JsSdkSignature.sign(TICKET, "Wm3WZYTPz0wzccnW", 1414587457, "http://mp.weixin.qq.com"))
                .isEqualTo("f4d90daf4b3bca3078ab155816175ba34c443a7b");
    }

    @Test
    void theFragmentIsNotSigned() {
        assertThat(JsSdkSignature.sign(TICKET, "Wm3WZYTPz0wzccnW", 1414587457, "http://mp.weixin.qq.com#top"))
                .isEqualTo("f4d90daf4b3bca3078ab155816175ba34c443a7b");
    }
}
