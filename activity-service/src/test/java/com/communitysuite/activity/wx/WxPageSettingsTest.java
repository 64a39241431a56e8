package com.communitysuite.activity.wx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.communitysuite.activity.activity.WxPage;
import com.communitysuite.platform.domain.InvalidInputException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WxPageSettingsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final WxPage CURRENT = new WxPage("https://example.org/bg.png", "https://example.org/logo.png",
            "https://example.org/m.mp3", 520L, "name", Instant.parse("2026-12-01T00:00:00Z"), "course-1");

    static WxPage applied(String body) {
        return WxPageSettings.read(JSON.readTree(body), SHANGHAI).applyTo(CURRENT);
    }

    static String refusedField(String body) {
        JsonNode tree = JSON.readTree(body);
        try {
            WxPageSettings.read(tree, SHANGHAI);
        }
        catch (InvalidInputException refused) {
            return refused.field();
        }
        throw new AssertionError("accepted " + body);
    }

    @Test
    void setsTheFieldsTheBodyNamesAndLeavesTheOthers() {
        WxPage page = applied("{\"collect_info\": \"name,phone\", \"close_time\": \"2026-12-31 18:00:00\","
                + " \"course_id\": \"c-42\"}");

        assertThat(page).isEqualTo(new WxPage(CURRENT.backgroundUrl(), CURRENT.logoUrl(), CURRENT.musicUrl(), 520L,
                "name,phone", Instant.parse("2026-12-31T10:00:00Z"), "c-42"));
        assertThat(applied("{\"background\": \" http://cdn.example.org/a%20b.png \"}").backgroundUrl())
                .isEqualTo("http://cdn.example.org/a%20b.png");
        assertThat(applied("{\"permission\": 7}").permissionMeetingId()).isEqualTo(7L);
        assertThat(applied("{\"permission\": \" 8 \"}").permissionMeetingId()).isEqualTo(8L);
        assertThat(applied("{\"course_id\": 12345}").courseId()).isEqualTo("12345");
    }

    @Test
    void nullEmptyAndAZeroPermissionClear() {
        assertThat(applied("{\"background\": null, \"logo\": \"\", \"music\": null, \"permission\": null,"
                + " \"collect_info\": \"\", \"close_time\": null, \"course_id\": \"\"}"))
                .isEqualTo(new WxPage(null, null, null, null, null, null, null));
        assertThat(applied("{\"permission\": 0}").permissionMeetingId()).isNull();
        assertThat(applied("{\"permission\": \"0\"}").permissionMeetingId()).isNull();
        assertThat(applied("{\"collect_info\": null}").collectInfo()).isNull();
    }

    @Test
    void collectInfoIsKeptInOneOrder() {
        assertThat(applied("{\"collect_info\": \"phone, name\"}").collectInfo()).isEqualTo("name,phone");
        assertThat(applied("{\"collect_info\": \"phone\"}").collectInfo()).isEqualTo("phone");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"background\": \"ftp://example.org/a.png\"}", "{\"logo\": \"javascript:alert(1)\"}",
            "{\"music\": \"example.org/m.mp3\"}", "{\"background\": \"https://exa mple.org/\"}",
            "{\"background\": \"https:///nohost\"}", "{\"logo\": 5}", "{\"music\": [\"https://example.org\"]}",
            "{\"background\": {}}", "{\"logo\": true}" })
    void refusesWhatIsNoHttpUrl(String body) {
        assertThat(refusedField(body)).isIn("background", "logo", "music");
    }

    @Test
    void refusesTooLongValues() {
        String url = "https://example.org/" + "a".repeat(WxPageSettings.MAX_URL);
        assertThat(refusedField("{\"background\": \"" + url + "\"}")).isEqualTo("background");
        assertThat(refusedField("{\"course_id\": \"" + "c".repeat(65) + "\"}")).isEqualTo("course_id");
        assertThat(refusedField("{\"collect_info\": \"" + "name,".repeat(100_000) + "\"}"))
                .isEqualTo("collect_info");
        assertThat(applied("{\"course_id\": \"" + "c".repeat(64) + "\"}").courseId()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"permission\": -1}", "{\"permission\": 1.5}", "{\"permission\": \"abc\"}",
            "{\"permission\": true}", "{\"permission\": \"99999999999999999999\"}", "{\"permission\": {}}",
            "{\"permission\": 99999999999999999999}" })
    void refusesAPermissionThatIsNoMeetingId(String body) {
        assertThat(refusedField(body)).isEqualTo("permission");
    }

    @ParameterizedTest
    @ValueSource(strings = { "email", "name,email", "name,name", "name,", ",phone", "NAME", "name;phone" })
    void refusesUnknownCollectInfo(String value) {
        assertThat(refusedField("{\"collect_info\": \"" + value + "\"}")).isEqualTo("collect_info");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-02-30 10:00:00", "2026-12-31T18:00:00", "2026-12-31 18:00", "2026-12-31 24:00:00",
            "31/12/2026 18:00:00", "tomorrow" })
    void refusesABadCloseTime(String value) {
        assertThat(refusedField("{\"close_time\": \"" + value + "\"}")).isEqualTo("close_time");
        assertThat(refusedField("{\"close_time\": 1767175200}")).isEqualTo("close_time");
    }

    @ParameterizedTest
    @ValueSource(strings = { "a/b", "a b", "a?b", "a#b", "a%2Fb", "a;b", "a\\\\b" })
    void refusesACourseIdThatCannotBeAPathSegment(String value) {
        assertThat(refusedField("{\"course_id\": \"" + value + "\"}")).isEqualTo("course_id");
    }

    @Test
    void refusesABodyThatIsNoObjectAnUnknownFieldAndNothingToChange() {
        for (String body : new String[] { "[]", "\"text\"", "1", "null" }) {
            assertThatThrownBy(() -> WxPageSettings.read(JSON.readTree(body), SHANGHAI))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> WxPageSettings.read(null, SHANGHAI)).isInstanceOf(InvalidInputException.class);
        assertThat(refusedField("{\"close_at\": \"2026-12-31 18:00:00\"}")).isEqualTo("close_at");
        assertThat(refusedField("{}")).isEqualTo("body");
    }
}
