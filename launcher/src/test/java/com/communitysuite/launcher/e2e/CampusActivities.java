package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The campus set-up the activity tests share: an approved organization, an address, an activity's body, a wx key. */
final class CampusActivities {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    /** An organization, its block and its owner. */
    record Organization(long id, long blockId, CampusUser owner) {
    }

    private CampusActivities() {
    }

    /** A block and an organization approved from a new user's application; that user owns it. */
    static Organization organization(Suite suite) {
        CampusUser admin = suite.campusAdmin();
        CampusUser owner = suite.newCampusUser();
        Gateway.Answer block = admin.post("/campus/blocks/", "{\"name\": \"版块" + Suite.unique() + "\"}");
        assertThat(block.status()).as(block.toString()).isEqualTo(201);
        long blockId = block.json().get("id").asLong();
        Gateway.Answer applied = owner.post("/campus/organizations/applications/", """
                {"name": "%s", "description": "申请理由", "user": %d, "block": %d}""".formatted("社团" + Suite.unique(),
                owner.id(), blockId));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(202);
        assertThat(admin.put("/campus/organizations/applications/verifications/" + applied.json().get("id").asLong()
                + "/", "{\"status\": 1}").status()).isEqualTo(201);
        long orgId = owner.get("/campus/blocks/organizations/" + blockId + "/").json().get(0).get("id").asLong();
        return new Organization(orgId, blockId, owner);
    }

    /** A new address, made by a new user. */
    static long address(Suite suite) {
        Gateway.Answer address = suite.newCampusUser().post("/campus/activities/addresses/",
                "{\"name\": \"地点" + Suite.unique() + "\", \"longitude\": \"116.3\", \"latitude\": \"39.9\"}");
        assertThat(address.status()).as(address.toString()).isEqualTo(201);
        return address.json().get("id").asLong();
    }

    /** An activity of the organization without review, from {@code begin} to {@code end} from now. */
    static String body(String name, long owner, Organization org, long address, Duration begin, Duration end,
            int contain) {
        return """
                {"name": "%s", "begin_time": "%s", "end_time": "%s", "contain": %d, "description": "端到端的活动描述",
                 "review": false, "owner": %d, "org": %d, "location": %d, "block": %d}
                """.formatted(name, at(begin), at(end), contain, owner, org.id(), address, org.blockId());
    }

    /** A campus time that far from now, in Beijing. */
    static String at(Duration fromNow) {
        return LOCAL.format(LocalDateTime.now(BEIJING).plus(fromNow));
    }

    /** A wx API key of the organization, made by the super user. */
    static String apiKey(Suite suite, long organizationId) {
        Gateway.Answer created = suite.campusAdmin().post("/campus/admin/api-keys",
                "{\"organizationId\": " + organizationId + ", \"name\": \"e2e\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("key").asString();
    }
}
