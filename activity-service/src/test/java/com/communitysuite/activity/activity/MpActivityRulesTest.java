package com.communitysuite.activity.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.domain.InvalidInputException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The mp original's validation of an activity, rule by rule, with its texts. */
class MpActivityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    static final JsonMapper JSON = JsonMapper.builder().build();
    final MpActivityRules rules = new MpActivityRules(60, 10);

    /** A valid offline-and-online activity two days from now. */
    static ObjectNode valid() {
        return (ObjectNode) JSON.readTree("""
                {"title": "开源之夏分享会", "start_date": "2026-12-12", "end_date": "2026-12-13",
                 "activity_category": 1, "activity_type": 3, "address": "北京市海淀区", "detail_address": "中关村大街1号",
                 "longitude": "116.31234", "latitude": 39.98765, "register_url": "https://example.org/register",
                 "online_url": "https://example.org/live", "synopsis": "线上线下同步进行\\n欢迎参加", "poster": 2,
                 "schedules": [[{"start": "08:00", "end": "09:30", "topic": "开场",
                                 "speakerList": [{"name": "张三", "title": "工程师"}]}]]}
                """);
    }

    @Test
    void aValidBodyBecomesTheContent() {
        MpActivityContent content = rules.read(valid(), TODAY);

        assertThat(content.title()).isEqualTo("开源之夏分享会");
        assertThat(content.startDate()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(content.activityType()).isEqualTo(3);
        assertThat(content.longitude()).isEqualByComparingTo(new BigDecimal("116.31234"));
        assertThat(content.latitude()).isEqualByComparingTo(new BigDecimal("39.98765"));
        assertThat(content.poster()).isEqualTo(2);
        assertThat(JSON.readTree(content.schedules()).get(0).get(0).get("topic").asString()).isEqualTo("开场");
    }

    @Test
    void anOnlineActivityNeedsNoPlaceAndKeepsNone() {
        ObjectNode body = valid();
        body.put("activity_type", 2);
        body.remove("longitude");
        body.remove("address");
        MpActivityContent content = rules.read(body, TODAY);
        assertThat(content.address()).isNull();
        assertThat(content.longitude()).isNull();
    }

    @Test
    void titleRules() {
        refused(b -> b.remove("title"), "title", "参数无效");
        refused(b -> b.put("title", ""), "title", "参数无效");
        refused(b -> b.put("title", "长".repeat(51)), "title", "参数无效");
        refused(b -> b.put("title", 12), "title", "参数无效");
        refused(b -> b.put("title", "<script>x</script>"), "title", "请勿输入XSS标签等内容");
        refused(b -> b.put("title", "see www.example.org"), "title", "请勿输入URL链接，XSS标签等内容");
        refused(b -> b.put("title", "line\nbreak"), "title", "请勿输入\\r\\n等内容");
        assertThat(rules.read(with(b -> b.put("title", "长".repeat(50))), TODAY).title()).hasSize(50);
    }

    @Test
    void typeCategoryAndPosterRules() {
        assertThat(rules.read(with(b -> b.put("activity_type", "2")), TODAY).activityType()).isEqualTo(2);
        refused(b -> b.put("activity_type", 4), "activity_type", "参数无效");
        refused(b -> b.put("activity_category", "1"), "activity_category", "参数无效");
        refused(b -> b.put("activity_category", 5), "activity_category", "参数无效");
        refused(b -> b.remove("activity_category"), "activity_category", "参数无效");
        refused(b -> b.put("poster", 0), "poster", "参数无效");
        refused(b -> b.put("poster", 1.5), "poster", "参数无效");
    }

    @Test
    void dateRulesWithTheOriginalsTexts() {
        refused(b -> b.put("start_date", "2026-12-10"), "start_date", "开始时间应大于当前时间");
        refused(b -> b.put("start_date", "2026-12-01"), "start_date", "开始时间应大于当前时间");
        refused(b -> b.put("end_date", "2026-12-11"), "end_date", "开始时间应小于结束时间");
        refused(b -> b.put("end_date", "2026-12-21"), "end_date", "建议发布活动结束日期应该位于10天内");
        refused(b -> b.put("start_date", "2026-13-01"), "start_date", "参数无效");
        refused(b -> b.put("start_date", "12/12/2026"), "start_date", "参数无效");
        refused(b -> b.put("end_date", 20261213), "end_date", "参数无效");
        assertThat(rules.read(with(b -> b.put("end_date", "2026-12-12")), TODAY).endDate())
                .as("a one-day activity").isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(rules.read(with(b -> b.put("end_date", "2026-12-20")), TODAY).endDate())
                .as("the last day allowed").isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void theStartWithinLimitIsConfigurable() {
        MpActivityRules wide = new MpActivityRules(60, 100);
        assertThatThrownBy(() -> wide.read(with(b -> {
            b.put("start_date", "2027-02-09");
            b.put("end_date", "2027-02-10");
        }), TODAY)).isInstanceOf(InvalidInputException.class).hasMessage("建议预定60天之内的会议或者活动");
        assertThat(wide.read(with(b -> {
            b.put("start_date", "2027-02-08");
            b.put("end_date", "2027-02-10");
        }), TODAY).startDate()).isEqualTo(LocalDate.of(2027, 2, 8));
    }

    @Test
    void linkRules() {
        refused(b -> b.remove("register_url"), "register_url", "参数无效");
        refused(b -> b.put("register_url", "http://example.org"), "register_url", "参数无效");
        refused(b -> b.put("register_url", "https://example.org/redirect?to=x"), "register_url", "参数无效");
        refused(b -> b.put("register_url", "https://" + "a".repeat(250)), "register_url", "参数无效");
        refused(b -> b.remove("online_url"), "online_url", "参数无效");
        ObjectNode offline = valid();
        offline.put("activity_type", 1);
        offline.remove("online_url");
        assertThat(rules.read(offline, TODAY).onlineUrl()).isNull();
    }

    @Test
    void synopsisAndPlaceRules() {
        refused(b -> b.put("synopsis", "x".repeat(4097)), "synopsis", "参数无效");
        refused(b -> b.put("synopsis", "<b>bold</b>"), "synopsis", "请勿输入XSS标签等内容");
        refused(b -> b.put("synopsis", "https://x.org"), "synopsis", "请勿输入URL链接，XSS标签等内容");
        refused(b -> b.put("longitude", "116.123456"), "longitude", "参数无效");
        refused(b -> b.put("longitude", "east"), "longitude", "参数无效");
        refused(b -> b.put("longitude", "181"), "longitude", "参数无效");
        refused(b -> b.put("latitude", 91), "latitude", "参数无效");
        refused(b -> b.remove("latitude"), "latitude", "参数无效");
        refused(b -> b.put("address", ""), "address", "参数无效");
        refused(b -> b.put("detail_address", "地".repeat(101)), "detail_address", "参数无效");
        refused(b -> b.put("detail_address", "a\r\nb"), "detail_address", "请勿输入\\r\\n等内容");
    }

    @Test
    void scheduleRules() {
        refused(b -> b.remove("schedules"), "schedules", "参数无效");
        refused(b -> b.putArray("schedules"), "schedules", "参数无效");
        refused(b -> b.put("schedules", "[]"), "schedules", "参数无效");
        refused(b -> session(b).put("start", "07:55"), "schedules", "参数无效");
        refused(b -> session(b).put("end", "23:00"), "schedules", "参数无效");
        refused(b -> session(b).put("start", "08:03"), "schedules", "参数无效");
        refused(b -> session(b).put("end", "07:30"), "schedules", "参数无效");
        refused(b -> session(b).put("topic", "<i>x</i>"), "schedules", "请勿输入XSS标签等内容");
        refused(b -> session(b).remove("speakerList"), "schedules", "参数无效");
        refused(b -> ((ObjectNode) session(b).get("speakerList").get(0)).put("name", "www.x.org"), "schedules",
                "请勿输入URL链接，XSS标签等内容");
        refused(b -> session(b).put("topic", "x".repeat(8200)), "schedules", "参数无效");
        ObjectNode oneDayFlat = valid();
        ArrayNode flat = oneDayFlat.putArray("schedules");
        flat.add(JSON.readTree("{\"start\":\"22:00\",\"end\":\"22:55\",\"topic\":\"收尾\",\"speakerList\":[]}"));
        assertThat(rules.read(oneDayFlat, TODAY).schedules()).contains("收尾");
    }

    @Test
    void aBodyThatIsNoObjectIsBadInput() {
        assertThatThrownBy(() -> rules.read(JSON.readTree("[1]"), TODAY)).isInstanceOf(InvalidInputException.class);
    }

    private static ObjectNode session(ObjectNode body) {
        return (ObjectNode) body.get("schedules").get(0).get(0);
    }

    private static JsonNode with(Consumer<ObjectNode> change) {
        ObjectNode body = valid();
        change.accept(body);
        return body;
    }

    private void refused(Consumer<ObjectNode> change, String field, String text) {
        assertThatThrownBy(() -> rules.read(with(change), TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(text)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }
}
