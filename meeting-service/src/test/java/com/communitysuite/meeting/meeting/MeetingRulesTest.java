package com.communitysuite.meeting.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.communitysuite.platform.domain.InvalidInputException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The original's checks of a meeting request, each with its text. */
class MeetingRulesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 10, 9, 7);
    final MeetingRules rules = new MeetingRules("https://etherpad.example.org", Set.of("tencent", "zoom"), "tencent");

    static ObjectNode valid() {
        return (ObjectNode) JSON.readTree("""
                {"topic": "Infra 例会", "platform": "zoom", "sponsor": "小明", "group_name": "Infrastructure",
                 "date": "2026-12-20", "start": "09:00", "end": "10:30",
                 "etherpad": "https://etherpad.example.org/p/meetings-Infrastructure", "agenda": "1. 例会\\n2. 其他",
                 "emaillist": "a@example.com; b@example.org，c@example.net；a@example.com;", "record": "cloud",
                 "meeting_type": 1}""");
    }

    String failure(JsonNode body) {
        try {
            rules.check(body, NOW);
        }
        catch (InvalidInputException e) {
            return e.field() + ": " + e.getMessage();
        }
        throw new AssertionError("accepted " + body);
    }

    @Test
    void aValidRequestIsReadWithItsAddressesSplitOnEverySeparatorOnceEach() {
        MeetingRequest request = rules.check(valid(), NOW);

        assertThat(request.platform()).isEqualTo("zoom");
        assertThat(request.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(request.end()).isEqualTo(LocalTime.of(10, 30));
        assertThat(request.emails()).containsExactly("a@example.com", "b@example.org", "c@example.net");
        assertThat(request.cloudRecording()).isTrue();
        assertThat(request.city()).isNull();
    }

    @Test
    void thePlatformDefaultsToTencentAndIsReadWhateverItsCase() {
        ObjectNode body = valid();
        body.remove("platform");
        assertThat(rules.check(body, NOW).platform()).isEqualTo("tencent");
        body.put("platform", "Zoom");
        assertThat(rules.check(body, NOW).platform()).isEqualTo("zoom");
        body.put("platform", "welink");
        assertThat(failure(body)).isEqualTo("platform: 参数无效");
    }

    @Test
    void theTopicAndSponsorAreShortPlainText() {
        assertThat(failure(valid().put("topic", ""))).isEqualTo("topic: 参数无效");
        assertThat(failure(valid().put("topic", "x".repeat(129)))).isEqualTo("topic: 参数无效");
        assertThat(failure(valid().put("topic", "<script>x</script>"))).isEqualTo("topic: 请勿输入XSS标签等内容");
        assertThat(failure(valid().put("topic", "see https://x.example"))).isEqualTo("topic: 请勿输入URL链接，XSS标签等内容");
        assertThat(failure(valid().put("topic", "a\nb"))).isEqualTo("topic: 请勿输入\\r\\n等内容");
        assertThat(failure(valid().put("sponsor", "x".repeat(21)))).isEqualTo("sponsor: 参数无效");
        assertThat(failure(valid().put("topic", 12))).isEqualTo("topic: 参数无效");
        ObjectNode noSponsor = valid();
        noSponsor.remove("sponsor");
        assertThat(failure(noSponsor)).isEqualTo("sponsor: 参数无效");
    }

    @ParameterizedTest
    @ValueSource(strings = { "07:45", "23:00", "09:10", "9:5", "25:00", "nine", "" })
    void timesAreOnTheQuarterHourFromEightToTwentyTwo(String time) {
        assertThat(failure(valid().put("start", time))).isEqualTo("start: 参数无效");
    }

    @Test
    void theLatestStartIsTwentyTwoSomething() {
        assertThat(rules.check(valid().put("start", "22:15").put("end", "22:45"), NOW).start())
                .isEqualTo(LocalTime.of(22, 15));
    }

    @ParameterizedTest
    @CsvSource({ "2026-12-10,09:00,10:00,date: 开始时间应大于当前时间", "2026-12-01,09:00,10:00,date: 开始时间应大于当前时间",
            "2027-02-10,10:00,11:00,date: 建议预定60天之内的会议或者活动", "2026-12-20,10:00,10:00,start: 开始时间应小于结束时间",
            "2026-12-20,11:00,10:00,start: 开始时间应小于结束时间", "2026-12-32,09:00,10:00,date: 参数无效",
            "20261220,09:00,10:00,date: 参数无效" })
    void theMeetingStartsInTheFutureWithinSixtyDaysBeforeItEnds(String date, String start, String end,
            String expected) {
        assertThat(failure(valid().put("date", date).put("start", start).put("end", end))).isEqualTo(expected);
    }

    @Test
    void sixtyDaysAheadIsStillBookable() {
        assertThat(rules.check(valid().put("date", "2027-02-08").put("start", "09:00"), NOW).date())
                .hasToString("2027-02-08");
    }

    @Test
    void theEtherpadIsAnHttpsLinkOfTheCommunitysPad() {
        assertThat(failure(valid().put("etherpad", "https://other.example/p/x"))).isEqualTo("etherpad: 无效的Etherpad链接");
        assertThat(failure(valid().put("etherpad", "http://etherpad.example.org/p/x")))
                .isEqualTo("etherpad: 无效的Etherpad链接");
        assertThat(failure(valid().put("etherpad", "https://etherpad.example.org/redirect?x")))
                .isEqualTo("etherpad: 无效的Etherpad链接");
        assertThat(failure(valid().put("etherpad", "https://etherpad.example.org/" + "p".repeat(255))))
                .isEqualTo("etherpad: 无效的Etherpad链接");
    }

    @Test
    void theAgendaMayBreakLinesButHoldsNoLinkAndIsAtMost4096() {
        assertThat(rules.check(valid().put("agenda", ""), NOW).agenda()).isNull();
        assertThat(failure(valid().put("agenda", "x".repeat(4097)))).isEqualTo("agenda: 参数无效");
        assertThat(failure(valid().put("agenda", "www.example.org"))).isEqualTo("agenda: 请勿输入URL链接，XSS标签等内容");
    }

    @Test
    void recordIsCloudOrEmptyAndNeverMissing() {
        assertThat(rules.check(valid().put("record", ""), NOW).cloudRecording()).isFalse();
        assertThat(failure(valid().put("record", "local"))).isEqualTo("record: 参数无效");
        ObjectNode missing = valid();
        missing.remove("record");
        assertThat(failure(missing)).isEqualTo("record: 参数无效");
    }

    @Test
    void theInvitationListHasLengthLimitsAndValidAddresses() {
        assertThat(failure(valid().put("emaillist", "a@example.com;".repeat(80)))).isEqualTo("emaillist: 邮件地址长度超限");
        assertThat(failure(valid().put("emaillist", "x".repeat(45) + "@example.com")))
                .isEqualTo("emaillist: 单封邮件地址长度超限");
        assertThat(failure(valid().put("emaillist", "a@example.com;not-an-address"))).isEqualTo("emaillist: 无效的邮件地址");
        ObjectNode none = valid();
        none.remove("emaillist");
        assertThat(rules.check(none, NOW).emails()).isEmpty();
    }

    @Test
    void theMeetingTypeIsAJsonIntegerOneToThreeAndMsgNeedsACity() {
        assertThat(failure(valid().put("meeting_type", "1"))).isEqualTo("meeting_type: 参数无效");
        assertThat(failure(valid().put("meeting_type", 4))).isEqualTo("meeting_type: 参数无效");
        assertThat(failure(valid().put("meeting_type", 1.5))).isEqualTo("meeting_type: 参数无效");
        ObjectNode missing = valid();
        missing.remove("meeting_type");
        assertThat(failure(missing)).isEqualTo("meeting_type: 参数无效");
        assertThat(failure(valid().put("meeting_type", 2))).isEqualTo("city: 参数无效");
        assertThat(rules.check(valid().put("meeting_type", 2).put("city", "北京"), NOW).city()).isEqualTo("北京");
        assertThat(rules.check(valid().put("meeting_type", 3).put("city", "北京"), NOW).city()).isNull();
    }

    @Test
    void aBodyThatIsNoObjectIsBadInput() {
        assertThatThrownBy(() -> rules.check(JSON.readTree("[1]"), NOW)).isInstanceOf(InvalidInputException.class);
    }
}
