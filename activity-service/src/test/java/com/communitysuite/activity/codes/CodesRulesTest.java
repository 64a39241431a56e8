package com.communitysuite.activity.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.communitysuite.activity.activity.CodesActivityDetails;
import com.communitysuite.platform.domain.InvalidInputException;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The request-code protocol's rules for 10301 and 10302. */
class CodesRulesTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-12-10T02:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static ObjectNode valid() {
        return (ObjectNode) JSON.readTree("""
                {"type": "10302", "acid": "7", "actitle": "周末徒步", "tags": "户外|徒步||运动",
                 "startT": "2026-12-12 09:00:00", "endT": "2026-12-12 17:00:00", "joinT": "2026-12-11 20:00:00",
                 "loaction": "香山公园东门", "free": "0", "price": "30元", "content": "全程约十公里，请穿运动鞋，自带饮用水和午餐。",
                 "maxp": "100", "minp": 5}
                """);
    }

    @Test
    void validDetailsAreReadInTheSuitesZone() {
        CodesActivityDetails details = CodesRules.details(CodesFields.of(valid()), NOW, ZONE);

        assertThat(details.title()).isEqualTo("周末徒步");
        assertThat(details.tags()).containsExactly("户外", "徒步", "运动");
        assertThat(details.startAt()).isEqualTo(Instant.parse("2026-12-12T01:00:00Z"));
        assertThat(details.location()).isEqualTo("香山公园东门");
        assertThat(details.free()).isFalse();
        assertThat(details.price()).isEqualTo("30元");
        assertThat(details.maxParticipants()).isEqualTo(100);
        assertThat(details.minParticipants()).isEqualTo(5);
    }

    @Test
    void everyLengthAndFormatRuleIsEnforced() {
        refused(b -> b.put("actitle", "题".repeat(25)), "actitle");
        refused(b -> b.remove("actitle"), "title");
        refused(b -> b.put("loaction", "地".repeat(39)), "loaction");
        refused(b -> b.put("price", "12345678901"), "price");
        refused(b -> b.remove("price"), "price");
        refused(b -> b.put("free", "yes"), "free");
        refused(b -> b.put("content", "太短了"), "content");
        refused(b -> b.put("content", "x".repeat(4097)), "content");
        refused(b -> b.put("startT", "2026-12-12 9:00"), "startT");
        refused(b -> b.put("startT", "2026-02-30 09:00:00"), "startT");
        refused(b -> b.put("maxp", "many"), "maxp");
        refused(b -> b.put("maxp", "0"), "maxp");
        refused(b -> b.put("minp", "101"), "minp");
        refused(b -> b.put("tags", "a|" + "t".repeat(21)), "tags");
        refused(b -> b.put("tags", "1|2|3|4|5|6|7|8|9|10|11"), "tags");
    }

    @Test
    void timesInThePastOrOutOfOrderAreRefused() {
        refused(b -> b.put("startT", "2026-12-10 09:00:00"), "startT");
        refused(b -> b.put("endT", "2026-12-12 08:00:00"), "endT");
        refused(b -> b.put("joinT", "2026-12-09 20:00:00"), "joinT");
        refused(b -> b.put("joinT", "2026-12-13 20:00:00"), "joinT");
    }

    @Test
    void aFreeActivityNeedsNoPrice() {
        CodesActivityDetails details = CodesRules.details(CodesFields.of(with(b -> {
            b.put("free", "1");
            b.remove("price");
        })), NOW, ZONE);
        assertThat(details.free()).isTrue();
        assertThat(details.price()).isNull();
    }

    @Test
    void imagesArePngJpegGifOrWebpFilesWithinTheLimit() {
        assertThat(CodesRules.imageTypes(List.of("a.png", "b.JPG"), 9)).containsExactly("image/png", "image/jpeg");
        assertThatThrownBy(() -> CodesRules.imageTypes(List.of("a.exe"), 9)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CodesRules.imageTypes(List.of("a.png", "b.png"), 1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CodesRules.imageTypes(List.of(""), 9)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theFirstRequestsTitleHasAtMostTwentyFourCharacters() {
        assertThat(CodesRules.title("title", " 周末徒步 ")).isEqualTo("周末徒步");
        assertThatThrownBy(() -> CodesRules.title("title", "题".repeat(25))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CodesRules.title("title", null)).isInstanceOf(InvalidInputException.class);
    }

    private static ObjectNode with(Consumer<ObjectNode> change) {
        ObjectNode body = valid();
        change.accept(body);
        return body;
    }

    private static void refused(Consumer<ObjectNode> change, String field) {
        assertThatThrownBy(() -> CodesRules.details(CodesFields.of(with(change)), NOW, ZONE))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }
}
