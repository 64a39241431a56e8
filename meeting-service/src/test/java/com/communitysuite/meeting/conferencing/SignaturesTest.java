package com.communitysuite.meeting.conferencing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The platforms' request signatures against the fixtures of integrations.md section 7. */
class SignaturesTest {

    @Test
    void tencentMeetingsSignatureIsBase64OfTheHexHmac() {
        String body = "{\"userid\":\"tester\",\"instanceid\":1,\"subject\":\"test\",\"type\":0,"
                + "\"start_time\":\"1700000000\",\"end_time\":\"1700003600\"}";

        assertThat(TencentSignature.sign("AKIDEXAMPLE", "SECRETEXAMPLE", "12345", "1700000000", "POST",
                "/v1/meetings", body))
                .isEqualTo("Yzk1OWRmOWFjNzY4ZTM4NzFlMTBkNDA1MjA2YmRlZWQzNTdiY2EwZjI5ZDdiZmYzNGY3NTg3ZWM2NzdiMDg1MA==");
    }

    @Test
    void huaweiCloudMeetingsAppAuthHeaderSignsAppIdUserExpiryAndNonce() {
        assertThat(HuaweiAppAuth.authorization("appid123", "appkey", "user1", 1700000600L, "n".repeat(32)))
                .isEqualTo("HMAC-SHA256 signature=034f9adda49ee6e12b3579daf63b2abe59b4e46cd34c79788a22e19ed5553062"
                        + ",access=YXBwaWQxMjM=");
    }
}
