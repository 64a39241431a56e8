package com.communitysuite.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AppSignatureTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void signsTheSortedParametersWithTheSecretAsTheDocumentDescribes() throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ts", "1608207590160");
        parameters.put("mobile", "13800000000");
        parameters.put("countryCode", "86");
        parameters.put("sign", "ignored");

        String expected = md5("countryCode=86$$$mobile=13800000000$$$ts=1608207590160$$$accessSecret=Hx!0k!K}5E.]EoP");

        assertThat(AppSignature.sign(parameters, "Hx!0k!K}5E.]EoP")).isEqualTo(expected);
    }

    @Test
    void aRequestWithNoParametersSignsTheSecretAlone() throws Exception {
        assertThat(AppSignature.sign(Map.of(), "s")).isEqualTo(md5("accessSecret=s"));
    }

    @Test
    void jsonValuesAreWrittenAsTheOriginalServerReSerialisedThem() {
        JsonNode body = JSON.readTree("{\"name\":\"茶话会\",\"count\":10,\"price\":1.50,\"private\":true,"
                + "\"clubId\":null,\"memberUidList\":[\"b\",\"a\"],\"extra\":{\"z\":1,\"a\":{\"y\":[1,2],\"b\":\"x\"}}}");

        assertThat(AppSignature.valueOf(body.get("name"))).isEqualTo("茶话会");
        assertThat(AppSignature.valueOf(body.get("count"))).isEqualTo("10");
        assertThat(AppSignature.valueOf(body.get("price"))).isEqualTo("1.50");
        assertThat(AppSignature.valueOf(body.get("private"))).isEqualTo("true");
        assertThat(AppSignature.valueOf(body.get("clubId"))).isEmpty();
        assertThat(AppSignature.valueOf(body.get("memberUidList"))).isEqualTo("[\"b\",\"a\"]");
        assertThat(AppSignature.valueOf(body.get("extra"))).isEqualTo("{\"a\":{\"b\":\"x\",\"y\":[1,2]},\"z\":1}");
    }

    @Test
    void matchingIgnoresCaseAndRefusesAnythingElse() throws Exception {
        String sign = md5("accessSecret=s");

        assertThat(AppSignature.matches(sign, sign.toUpperCase())).isTrue();
        assertThat(AppSignature.matches(sign, sign.substring(1) + "0")).isFalse();
        assertThat(AppSignature.matches(sign, null)).isFalse();
        assertThat(AppSignature.matches(sign, "")).isFalse();
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
