package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static com.communitysuite.launcher.e2e.MpActivities.activity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.AuthorizationMatrix.Caller;

import tools.jackson.databind.JsonNode;

/**
 * The authorization matrix of the meeting mini-program (account-service for the session and consent, user-service
 * for users, groups, cities and sponsors, meeting-service for meetings and their collections, activity-service for
 * activities, drafts and their collections). The roles are the surface's own: an ordinary user (level 1), a member of
 * a SIG group or a city (level 2), a meeting admin (level 3), an activity sponsor (activity_level 2, 活动发起人) and
 * the activity admin (activity_level 3, 活动管理员); the campus super user grants levels 3 and sponsorship
 * ({@code PUT /campus/admin/users/{id}/levels}), a meeting admin grants memberships, and every level reaches the
 * caller's identity by events, so each is awaited before it is relied on. Refusals come first, and a read after them
 * shows they changed nothing.
 */
@ExtendWith(RunningSuite.class)
class MpAuthorizationIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final String ORDINARY = "an ordinary user, level 1";
    private static final String MEETING_ADMIN = "a meeting admin, level 3";
    private static final String SPONSOR = "another activity sponsor 活动发起人, activity_level 2";
    private static final String ACTIVITY_ADMIN = "the activity admin 活动管理员, activity_level 3";
    private static final String CHANGED = "信息发生变化，请刷新后重试";
    private static final String NOT_A_MEMBER = "需要Maintainer或者会议管理员权限！！！";

    private static final String OWN_ACCOUNT_ONLY = "acts only on the caller's own account (the request names no "
            + "user): there is no one else's session or consent to name";
    private static final String NO_HAND_IN_ACCOUNTS = "no role (sponsor, group or city member) is given a hand in "
            + "another user's session or consent; a sponsor's or member's own call is the owner's cell";
    private static final String CREATES_NEW = "creates something new, which has no creator before the call: the "
            + "role it needs (a group member, a sponsor, a meeting or activity admin) is tried in its own column";
    private static final String COLLECTS_FOR_CALLER = "collects for the caller only: the body names a meeting or "
            + "activity, never a user, so no one collects in another's name (any signed-in user may collect a public "
            + "one: the owner's cell)";
    private static final String COLLECTIONS_ARE_OWN = "a collection is its collector's own: no role (group member, "
            + "sponsor, admin) is given a hand in another user's collections, and their own collecting is the "
            + "owner's cell";

    private Suite suite;
    private CampusUser superUser;

    @BeforeEach
    void suite(Suite suite) {
        this.suite = suite;
        this.superUser = suite.campusAdmin();
    }

    @Test
    void logoutLogOffAndConsentActOnTheCallersOwnAccountOnly() {
        MpUser admin = withLevels("{\"activity_level\": 3}", "/mp/waitingactivities/");
        MpUser leavingAdmin = withLevels("{\"activity_level\": 3}", "/mp/waitingactivities/");
        MpUser withdrawingAdmin = withLevels("{\"activity_level\": 3}", "/mp/waitingactivities/");

        MpUser owner = suite.newMpUser();
        String ownerBearer = owner.bearer();
        Authorization.of("mp POST /mp/logout/")
                .servesWith(Caller.OWNER, ask(() -> owner.post("/mp/logout/", "")), "served (the user's own session)",
                        ok())
                .servesWith(Caller.ADMIN, ask(() -> admin.post("/mp/logout/", "")), "served (" + ACTIVITY_ADMIN
                        + ", their own session)", ok())
                .noSuchCaller(Caller.STRANGER, OWN_ACCOUNT_ONLY)
                .noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS);
        assertThat(suite.gateway().put("/mp/agree/", null, "Authorization", ownerBearer).status())
                .as("the logged-out token no longer works").isEqualTo(401);

        // A user who has signed in but not agreed yet (MpUser agrees on sign-up).
        JsonNode unagreed = signInWithoutAgreeing();
        JsonNode unagreedAdmin = signInWithoutAgreeing();
        // The profile is made from the account's event: the level can be granted once it is there.
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> superUser.put("/campus/admin/users/" + unagreedAdmin.get("user_id").asLong() + "/levels",
                        "{\"activity_level\": 3}").status() == 200);
        Authorization.of("mp PUT /mp/agree/")
                .servesWith(Caller.OWNER, ask(() -> agree(unagreed)), "served (the user's own consent)", ok())
                .servesWith(Caller.ADMIN, ask(() -> agree(unagreedAdmin)), "served (" + ACTIVITY_ADMIN + " who had "
                        + "not agreed yet, their own consent)", ok())
                .noSuchCaller(Caller.STRANGER, OWN_ACCOUNT_ONLY)
                .noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS);

        // An administrator can neither log off nor withdraw consent, as in the original.
        MpUser leaving = suite.newMpUser();
        Authorization.of("mp POST /mp/logoff/")
                .servesWith(Caller.OWNER, ask(() -> leaving.post("/mp/logoff/", "{}")), "served (the user's own "
                        + "account)", ok())
                .refusesWith(Caller.ADMIN, ask(() -> leavingAdmin.post("/mp/logoff/", "{}")), "400 管理员当前只有一个，"
                        + "无法注销 (" + ACTIVITY_ADMIN + ", their own account, as the original)",
                        a -> a.status() == 400 && a.json().path("detail").asString().equals("管理员当前只有一个，无法注销"))
                .leftIntact("the administrator is still signed in, with their level",
                        leavingAdmin.get("/mp/waitingactivities/").status() == 200)
                .noSuchCaller(Caller.STRANGER, OWN_ACCOUNT_ONLY)
                .noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS);

        MpUser withdrawing = suite.newMpUser();
        Authorization.of("mp POST /mp/revoke/")
                .servesWith(Caller.OWNER, ask(() -> withdrawing.post("/mp/revoke/", "{}")), "served (the user's own "
                        + "consent)", ok())
                .refusesWith(Caller.ADMIN, ask(() -> withdrawingAdmin.post("/mp/revoke/", "{}")), "400 管理员当前只有"
                        + "一个，无法撤销隐私声明 (" + ACTIVITY_ADMIN + ", their own consent, as the original)",
                        a -> a.status() == 400 && a.json().path("detail").asString()
                                .equals("管理员当前只有一个，无法撤销隐私声明"))
                .leftIntact("the administrator is still signed in, with their level",
                        withdrawingAdmin.get("/mp/waitingactivities/").status() == 200)
                .noSuchCaller(Caller.STRANGER, OWN_ACCOUNT_ONLY)
                .noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS);
    }

    @Test
    void onlyMeetingAdminsSetGiteeNamesAndManageGroupsAndCitiesAndMembersReadOnlyTheirOwnCities() {
        MpUser admin = withLevels("{\"level\": 3}", "/mp/sigs/");
        MpUser outsider = signedUp();
        MpUser owner = signedUp();
        MpUser member = signedUp();
        MpUser fellow = signedUp();
        MpUser candidate = signedUp();
        long compiler = sig(admin, "Compiler");
        joinGroup(admin, member, compiler, "Compiler");
        joinGroup(admin, fellow, compiler, "Compiler");

        String giteeName = "/mp/user/" + owner.userId() + "/";
        Authorization.of("mp PUT /mp/user/{pk}/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.put(giteeName, "{\"gitee_name\": \"stranger\"}")),
                        "403 (" + ORDINARY + ", someone else's name)", status(403))
                .refusesWith(Caller.OWNER, ask(() -> owner.put(giteeName, "{\"gitee_name\": \"myself\"}")),
                        "403 (the user, their own name: only meeting admins set it)", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> member.put(giteeName, "{\"gitee_name\": \"member\"}")),
                        "403 (a member of a SIG group, level 2)", status(403))
                .leftIntact("the owner's gitee name is still unset",
                        text(owner.get("/mp/userinfo/" + owner.userId() + "/").json().path("gitee_name")).isEmpty())
                .servesWith(Caller.ADMIN, ask(() -> admin.put(giteeName, "{\"gitee_name\": \"owner-g\"}")),
                        "served (" + MEETING_ADMIN + ")", ok())
                .leftIntact("the admin's name is the owner's", text(owner.get("/mp/userinfo/" + owner.userId() + "/")
                        .json().path("gitee_name")).equals("owner-g"));

        String addCandidate = "{\"ids\": \"" + candidate.userId() + "\", \"group_id\": " + compiler + "}";
        Authorization.of("mp POST /mp/groupuser/action/new/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.post("/mp/groupuser/action/new/", addCandidate)),
                        "403 (" + ORDINARY + ")", status(403))
                .refusesWith(Caller.OWNER, ask(() -> candidate.post("/mp/groupuser/action/new/", addCandidate)),
                        "403 (the user adding themselves)", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> member.post("/mp/groupuser/action/new/", addCandidate)),
                        "403 (a member of the group, level 2)", status(403))
                .leftIntact("the candidate is still level 1, in no group", levelsOf(candidate).path("level")
                        .asInt() == 1)
                .servesWith(Caller.ADMIN, ask(() -> admin.post("/mp/groupuser/action/new/", addCandidate)),
                        "served (" + MEETING_ADMIN + ")", ok());

        String removeFellow = "{\"ids\": \"" + fellow.userId() + "\", \"group_id\": " + compiler + "}";
        Authorization.of("mp POST /mp/groupuser/action/del/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.post("/mp/groupuser/action/del/", removeFellow)),
                        "403 (" + ORDINARY + ")", status(403))
                .refusesWith(Caller.OWNER, ask(() -> fellow.post("/mp/groupuser/action/del/", removeFellow)),
                        "403 (the member removing themselves)", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> member.post("/mp/groupuser/action/del/", removeFellow)),
                        "403 (a fellow member of the group)", status(403))
                .leftIntact("the fellow is still in the group", groupsOf(fellow).contains("Compiler"))
                .servesWith(Caller.ADMIN, ask(() -> admin.post("/mp/groupuser/action/del/", removeFellow)),
                        "served (" + MEETING_ADMIN + ")", ok());

        // A city of this run: the first member is the admin's appointment, to have a city member to try with.
        MpUser cityMember = signedUp();
        MpUser cityFellow = signedUp();
        MpUser cityCandidate = signedUp();
        String town = "AuthzTown" + Suite.unique() % 100_000_000;
        Authorization.of("mp POST /mp/city/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.post("/mp/city/", "{\"name\": \"" + town + "\"}")),
                        "403 (" + ORDINARY + ")", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> member.post("/mp/city/", "{\"name\": \"" + town + "\"}")),
                        "403 (a member of a SIG group, level 2)", status(403))
                .leftIntact("no city of that name", admin.get("/mp/cities/?search=" + town).json().isEmpty())
                .servesWith(Caller.ADMIN, ask(() -> admin.post("/mp/city/", "{\"name\": \"" + town + "\"}")),
                        "served (" + MEETING_ADMIN + ")", ok())
                .noSuchCaller(Caller.OWNER, CREATES_NEW);
        long city = admin.get("/mp/cities/?search=" + town).json().get(0).get("id").asLong();
        joinCity(admin, cityMember, city, town);
        joinCity(admin, cityFellow, city, town);

        String addToCity = "{\"ids\": \"" + cityCandidate.userId() + "\", \"city_id\": " + city + "}";
        Authorization.of("mp POST /mp/cityuser/action/new/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.post("/mp/cityuser/action/new/", addToCity)),
                        "403 (" + ORDINARY + ")", status(403))
                .refusesWith(Caller.OWNER, ask(() -> cityCandidate.post("/mp/cityuser/action/new/", addToCity)),
                        "403 (the user adding themselves)", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> cityMember.post("/mp/cityuser/action/new/", addToCity)),
                        "403 (a member of the city, level 2)", status(403))
                .leftIntact("the candidate is still level 1, in no city", levelsOf(cityCandidate).path("level")
                        .asInt() == 1)
                .servesWith(Caller.ADMIN, ask(() -> admin.post("/mp/cityuser/action/new/", addToCity)),
                        "served (" + MEETING_ADMIN + ")", ok());

        // usercity/ is a read the document asks by POST: members only (level 2 exactly, as the original), own only.
        String ownCities = "/mp/usercity/" + cityMember.userId() + "/";
        Authorization.of("mp POST /mp/usercity/{pk}/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.post(ownCities, "{}")), "403 (" + ORDINARY + ")",
                        status(403))
                .refusesWith(Caller.STRANGER, ask(() -> member.post(ownCities, "{}")), "403 " + CHANGED + " (a "
                        + "member of a SIG group, not of the city, naming someone else)", status(403, CHANGED))
                .refusesWith(Caller.MANAGER, ask(() -> cityFellow.post(ownCities, "{}")), "403 " + CHANGED + " (a "
                        + "fellow member of the city, naming someone else)", status(403, CHANGED))
                .refusesWith(Caller.ADMIN, ask(() -> admin.post(ownCities, "{}")), "403 (" + MEETING_ADMIN
                        + ": members only, as the original)", status(403))
                .servesWith(Caller.OWNER, ask(() -> cityMember.post(ownCities, "{}")), "served (the member, their "
                        + "own cities)", a -> a.status() == 200 && a.body().contains(town));

        String removeFromCity = "{\"ids\": \"" + cityFellow.userId() + "\", \"city_id\": " + city + "}";
        Authorization.of("mp POST /mp/cityuser/action/del/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.post("/mp/cityuser/action/del/", removeFromCity)),
                        "403 (" + ORDINARY + ")", status(403))
                .refusesWith(Caller.OWNER, ask(() -> cityFellow.post("/mp/cityuser/action/del/", removeFromCity)),
                        "403 (the member removing themselves)", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> cityMember.post("/mp/cityuser/action/del/", removeFromCity)),
                        "403 (a fellow member of the city)", status(403))
                .leftIntact("the fellow is still in the city", citiesOf(cityFellow).contains(town))
                .servesWith(Caller.ADMIN, ask(() -> admin.post("/mp/cityuser/action/del/", removeFromCity)),
                        "served (" + MEETING_ADMIN + ")", ok());
    }

    @Test
    void onlyTheActivityAdminAppointsAndDismissesSponsors() {
        MpUser admin = withLevels("{\"activity_level\": 3}", "/mp/waitingactivities/");
        MpUser outsider = signedUp();
        MpUser sponsor = withLevels("{\"activity_level\": 2}", "/mp/drafts/");
        MpUser dismissed = withLevels("{\"activity_level\": 2}", "/mp/drafts/");
        MpUser candidate = signedUp();

        String appoint = "{\"ids\": \"" + candidate.userId() + "\"}";
        Authorization.of("mp POST /mp/sponsor/action/new/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.post("/mp/sponsor/action/new/", appoint)),
                        "403 (" + ORDINARY + ")", status(403))
                .refusesWith(Caller.OWNER, ask(() -> candidate.post("/mp/sponsor/action/new/", appoint)),
                        "403 (the user appointing themselves)", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> sponsor.post("/mp/sponsor/action/new/", appoint)),
                        "403 (" + SPONSOR + ")", status(403))
                .leftIntact("the candidate is still no sponsor", levelsOf(candidate).path("activity_level")
                        .asInt() == 1)
                .servesWith(Caller.ADMIN, ask(() -> admin.post("/mp/sponsor/action/new/", appoint)),
                        "served (" + ACTIVITY_ADMIN + ")", ok());

        String dismiss = "{\"ids\": \"" + dismissed.userId() + "\"}";
        Authorization.of("mp POST /mp/sponsor/action/del/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.post("/mp/sponsor/action/del/", dismiss)),
                        "403 (" + ORDINARY + ")", status(403))
                .refusesWith(Caller.OWNER, ask(() -> dismissed.post("/mp/sponsor/action/del/", dismiss)),
                        "403 (the sponsor dismissing themselves)", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> sponsor.post("/mp/sponsor/action/del/", dismiss)),
                        "403 (" + SPONSOR + ")", status(403))
                .leftIntact("the sponsor is still one", levelsOf(dismissed).path("activity_level").asInt() == 2)
                .servesWith(Caller.ADMIN, ask(() -> admin.post("/mp/sponsor/action/del/", dismiss)),
                        "served (" + ACTIVITY_ADMIN + ")", ok());
    }

    @Test
    void membersBookMeetingsOfTheirGroupTheCreatorOrAMeetingAdminCancelsAndCollectionsAreTheCollectors() {
        MpUser admin = withLevels("{\"level\": 3}", "/mp/sigs/");
        MpUser outsider = signedUp();
        MpUser reader = signedUp();
        MpUser member = signedUp();
        MpUser fellow = signedUp();
        MpUser otherGroups = signedUp();
        long infrastructure = sig(admin, "Infrastructure");
        joinGroup(admin, member, infrastructure, "Infrastructure");
        joinGroup(admin, fellow, infrastructure, "Infrastructure");
        joinGroup(admin, otherGroups, sig(admin, "Compiler"), "Compiler");

        // Days and hours of this run, so that the platform's hosts are free for each booking.
        LocalDate day = LocalDate.now(BEIJING).plusDays(7 + Suite.unique() % 45);
        String topic = "authz-meeting-" + Suite.unique();
        Authorization booking = Authorization.of("mp POST /mp/meetings/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.post("/mp/meetings/", meeting(topic, day, "08:00",
                        "09:00"))), "403 (" + ORDINARY + ")", status(403))
                .refusesWith(Caller.STRANGER, ask(() -> otherGroups.post("/mp/meetings/", meeting(topic, day,
                        "08:00", "09:00"))), "403 " + NOT_A_MEMBER + " (a member of another SIG group, level 2)",
                        status(403, NOT_A_MEMBER))
                .leftIntact("nothing was booked", suite.gateway().get("/mp/meetingslist/?search=" + topic).json()
                        .path("total").asLong() == 0);
        // The membership reaches meeting-service by events: the member is refused until it has.
        Gateway.Answer ownBooking = bookWhenMember(member, meeting(topic, day, "08:00", "09:00"));
        Gateway.Answer secondBooking = bookWhenMember(member, meeting(topic + "-b", day, "12:00", "13:00"));
        Gateway.Answer adminBooking = ask(() -> admin.post("/mp/meetings/", meeting(topic + "-c", day, "16:00",
                "17:00")));
        booking.servesWith(Caller.MANAGER, ownBooking, "served (a member of the meeting's SIG group, level 2)", ok())
                .servesWith(Caller.MANAGER, secondBooking, "served (a member of the meeting's SIG group, level 2)",
                        ok())
                .servesWith(Caller.ADMIN, adminBooking, "served (" + MEETING_ADMIN + ", of no group)", ok())
                .noSuchCaller(Caller.OWNER, CREATES_NEW);
        long meetingId = ownBooking.json().get("id").asLong();
        String mid = midOf(meetingId);
        String secondMid = midOf(secondBooking.json().get("id").asLong());
        String adminMid = midOf(adminBooking.json().get("id").asLong());

        Gateway.Answer collected = ask(() -> reader.post("/mp/collect/", "{\"meeting\": " + meetingId + "}"));
        Authorization.of("mp POST /mp/collect/")
                .servesWith(Caller.OWNER, collected, "served (the user, for themselves)", ok())
                .noSuchCaller(Caller.STRANGER, COLLECTS_FOR_CALLER)
                .noSuchCaller(Caller.MANAGER, COLLECTIONS_ARE_OWN)
                .noSuchCaller(Caller.ADMIN, COLLECTIONS_ARE_OWN);
        long collection = collected.json().get("collection_id").asLong();

        String uncollect = "/mp/collect/" + collection + "/";
        Authorization.of("mp DELETE /mp/collect/{pk}/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.delete(uncollect)), "400 " + CHANGED + " ("
                        + ORDINARY + ", someone else's collection, as the original)", status(400, CHANGED))
                .refusesWith(Caller.MANAGER, ask(() -> member.delete(uncollect)), "400 " + CHANGED + " (the "
                        + "meeting's creator, a member of its group)", status(400, CHANGED))
                .refusesWith(Caller.ADMIN, ask(() -> admin.delete(uncollect)), "400 " + CHANGED + " ("
                        + MEETING_ADMIN + ")", status(400, CHANGED))
                .leftIntact("the reader's collection is still there", reader.get("/mp/meetings/" + meetingId + "/")
                        .json().path("collection_id").asLong() == collection)
                .servesWith(Caller.OWNER, ask(() -> reader.delete(uncollect)), "served (the collector)", ok());

        Authorization.of("mp DELETE /mp/meeting/{mid}/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.delete("/mp/meeting/" + mid + "/")), "403 ("
                        + ORDINARY + ")", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> fellow.delete("/mp/meeting/" + mid + "/")), "400 无权限删除会议 "
                        + "(a fellow member of the meeting's group, not its creator: the original's answer)",
                        status(400, "无权限删除会议"))
                .leftIntact("the meeting is still booked", suite.gateway().get("/mp/meetings/" + meetingId + "/")
                        .status() == 200)
                .servesWith(Caller.OWNER, ask(() -> member.delete("/mp/meeting/" + mid + "/")), "served (its "
                        + "creator)", ok())
                .servesWith(Caller.ADMIN, ask(() -> admin.delete("/mp/meeting/" + secondMid + "/")), "served ("
                        + MEETING_ADMIN + ", someone else's meeting)", ok());
        assertThat(admin.delete("/mp/meeting/" + adminMid + "/").status()).as("the admin's own booking, cancelled")
                .isEqualTo(200);
    }

    @Test
    void sponsorsWriteTheirOwnActivitiesTheActivityAdminReviewsAndTakesDownAndCollectionsAreTheCollectors() {
        MpUser admin = withLevels("{\"activity_level\": 3}", "/mp/waitingactivities/");
        MpUser owner = withLevels("{\"activity_level\": 2}", "/mp/drafts/");
        MpUser otherSponsor = withLevels("{\"activity_level\": 2}", "/mp/drafts/");
        MpUser outsider = signedUp();
        MpUser reader = signedUp();
        LocalDate tomorrow = LocalDate.now(BEIJING).plusDays(1);

        String title = "authz-draft-" + Suite.unique();
        Gateway.Answer draft = ask(() -> owner.post("/mp/activity/", activity(title, tomorrow)));
        Authorization.of("mp POST /mp/activity/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.post("/mp/activity/", activity(title, tomorrow))),
                        "403 (" + ORDINARY + ")", status(403))
                .servesWith(Caller.MANAGER, draft, "served (an activity sponsor 活动发起人, activity_level 2)", ok())
                .servesWith(Caller.ADMIN, ask(() -> admin.post("/mp/activity/", activity("authz-admin-"
                        + Suite.unique(), tomorrow))), "served (" + ACTIVITY_ADMIN + ": roles are thresholds here)",
                        ok())
                .noSuchCaller(Caller.OWNER, CREATES_NEW);
        long draftId = draft.json().get("id").asLong();

        String revise = "/mp/draftupdate/" + draftId + "/";
        Authorization.of("mp PUT /mp/draftupdate/{pk}/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.put(revise, activity("stranger", tomorrow))),
                        "403 (" + ORDINARY + ")", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> otherSponsor.put(revise, activity("sponsor", tomorrow))),
                        "400 " + CHANGED + " (" + SPONSOR + ": not their draft, as the original)",
                        status(400, CHANGED))
                .refusesWith(Caller.ADMIN, ask(() -> admin.put(revise, activity("admin", tomorrow))), "400 "
                        + CHANGED + " (" + ACTIVITY_ADMIN + ": drafts are their owner's)", status(400, CHANGED))
                .leftIntact("the draft keeps its title", owner.get("/mp/draft/" + draftId + "/").json()
                        .path("title").asString().equals(title))
                .servesWith(Caller.OWNER, ask(() -> owner.put(revise, activity(title + "-r", tomorrow))), "served "
                        + "(its sponsor)", ok());

        // Two submitted for review: one approved, one denied; neither by its sponsor or another sponsor.
        long approved = submitted(owner, tomorrow);
        long denied = submitted(owner, tomorrow);
        String approve = "/mp/activity/action/approve/" + approved + "/";
        Authorization.of("mp PUT /mp/activity/action/approve/{pk}/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.put(approve, null)), "403 (" + ORDINARY + ")",
                        status(403))
                .refusesWith(Caller.OWNER, ask(() -> owner.put(approve, null)), "403 (its sponsor, approving their "
                        + "own)", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> otherSponsor.put(approve, null)), "403 (" + SPONSOR + ")",
                        status(403))
                .leftIntact("it is still waiting, and not public", admin.get("/mp/waitingactivity/" + approved + "/")
                        .status() == 200 && suite.gateway().get("/mp/activity/" + approved + "/").status() == 404)
                .servesWith(Caller.ADMIN, ask(() -> admin.put(approve, null)), "served (" + ACTIVITY_ADMIN + ")",
                        ok());

        String deny = "/mp/activity/action/deny/" + denied + "/";
        Authorization.of("mp PUT /mp/activity/action/deny/{pk}/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.put(deny, null)), "403 (" + ORDINARY + ")",
                        status(403))
                .refusesWith(Caller.OWNER, ask(() -> owner.put(deny, null)), "403 (its sponsor)", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> otherSponsor.put(deny, null)), "403 (" + SPONSOR + ")",
                        status(403))
                .leftIntact("it is still waiting", admin.get("/mp/waitingactivity/" + denied + "/").status() == 200)
                .servesWith(Caller.ADMIN, ask(() -> admin.put(deny, null)), "served (" + ACTIVITY_ADMIN + ")", ok());

        // The denied one is a draft again: deleting it.
        String deleteDraft = "/mp/draft/" + denied + "/";
        Authorization.of("mp DELETE /mp/draft/{pk}/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.delete(deleteDraft)), "403 (" + ORDINARY + ")",
                        status(403))
                .refusesWith(Caller.MANAGER, ask(() -> otherSponsor.delete(deleteDraft)), "404 (" + SPONSOR
                        + ": not their draft, as the original)", status(404))
                .refusesWith(Caller.ADMIN, ask(() -> admin.delete(deleteDraft)), "404 (" + ACTIVITY_ADMIN
                        + ": drafts are their owner's)", status(404))
                .leftIntact("the draft is still there", owner.get(deleteDraft).status() == 200)
                .servesWith(Caller.OWNER, ask(() -> owner.delete(deleteDraft)), "served (its sponsor)", ok());

        String update = "/mp/activityupdate/" + approved + "/";
        Authorization.of("mp PUT /mp/activityupdate/{pk}/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.put(update, replay("stranger"))), "403 ("
                        + ORDINARY + ")", status(403))
                .refusesWith(Caller.MANAGER, ask(() -> otherSponsor.put(update, replay("sponsor"))), "403 ("
                        + SPONSOR + ": not theirs)", status(403))
                .refusesWith(Caller.ADMIN, ask(() -> admin.put(update, replay("admin"))), "403 (" + ACTIVITY_ADMIN
                        + ": only its sponsor revises it)", status(403))
                .leftIntact("no replay link was set", text(suite.gateway().get("/mp/activity/" + approved + "/").json()
                        .path("replay_url")).isEmpty())
                .servesWith(Caller.OWNER, ask(() -> owner.put(update, replay("owner"))), "served (its sponsor)",
                        ok());

        Gateway.Answer collected = ask(() -> reader.post("/mp/activity/action/collect/", "{\"activity\": "
                + approved + "}"));
        Authorization.of("mp POST /mp/activity/action/collect/")
                .servesWith(Caller.OWNER, collected, "served (the user, for themselves)", ok())
                .noSuchCaller(Caller.STRANGER, COLLECTS_FOR_CALLER)
                .noSuchCaller(Caller.MANAGER, COLLECTIONS_ARE_OWN)
                .noSuchCaller(Caller.ADMIN, COLLECTIONS_ARE_OWN);
        long collection = collected.json().get("collection_id").asLong();

        String uncollect = "/mp/activity/action/collectdel/" + collection + "/";
        Authorization.of("mp DELETE /mp/activity/action/collectdel/{pk}/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.delete(uncollect)), "404 (" + ORDINARY + ", "
                        + "someone else's collection, as the original)", status(404))
                .refusesWith(Caller.MANAGER, ask(() -> owner.delete(uncollect)), "404 (the activity's sponsor)",
                        status(404))
                .refusesWith(Caller.ADMIN, ask(() -> admin.delete(uncollect)), "404 (" + ACTIVITY_ADMIN + ")",
                        status(404))
                .leftIntact("the reader's collection is still there", reader.get("/mp/activity/" + approved + "/")
                        .json().path("collection_id").asLong() == collection)
                .servesWith(Caller.OWNER, ask(() -> reader.delete(uncollect)), "served (the collector)", ok());

        long another = submitted(owner, tomorrow);
        assertThat(admin.put("/mp/activity/action/approve/" + another + "/", null).status()).isEqualTo(200);
        String takeDown = "/mp/activity/action/del/" + approved + "/";
        Authorization.of("mp PUT /mp/activity/action/del/{pk}/")
                .refusesWith(Caller.STRANGER, ask(() -> outsider.put(takeDown, null)), "403 (" + ORDINARY + ")",
                        status(403))
                .refusesWith(Caller.MANAGER, ask(() -> otherSponsor.put(takeDown, null)), "403 (" + SPONSOR
                        + ": not theirs)", status(403))
                .leftIntact("it is still public", suite.gateway().get("/mp/activity/" + approved + "/")
                        .status() == 200)
                .servesWith(Caller.OWNER, ask(() -> owner.put(takeDown, null)), "served (its sponsor)", ok())
                .servesWith(Caller.ADMIN, ask(() -> admin.put("/mp/activity/action/del/" + another + "/", null)),
                        "served (" + ACTIVITY_ADMIN + ", someone else's activity)", ok());
        assertThat(suite.gateway().get("/mp/activity/" + another + "/").status()).as("taken down").isEqualTo(404);
    }

    // --- users and their levels ---

    /** A new mp user whose profile user-service has made (the account's event has arrived). */
    private MpUser signedUp() {
        MpUser user = suite.newMpUser();
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> user.get("/mp/userinfo/" + user.userId() + "/").status() == 200);
        return user;
    }

    /** A new mp user given these levels by the campus super user, once they are in the user's identity. */
    private MpUser withLevels(String levels, String probe) {
        MpUser user = signedUp();
        Gateway.Answer granted = superUser.put("/campus/admin/users/" + user.userId() + "/levels", levels);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> user.get(probe).status() == 200);
        return user;
    }

    /** user-service's levels of the user, as the campus super user reads them. */
    private JsonNode levelsOf(MpUser user) {
        return superUser.get("/campus/admin/users/" + user.userId() + "/levels").json();
    }

    private static long sig(MpUser admin, String name) {
        return admin.get("/mp/sigs/").json().findParents("name").stream()
                .filter(g -> g.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asLong();
    }

    /** The meeting admin adds the user to the group; then the user is a member (level 2) in their identity too. */
    private void joinGroup(MpUser admin, MpUser user, long groupId, String name) {
        Gateway.Answer added = ask(() -> admin.post("/mp/groupuser/action/new/",
                "{\"ids\": \"" + user.userId() + "\", \"group_id\": " + groupId + "}"));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> groupsOf(user).contains(name));
    }

    private void joinCity(MpUser admin, MpUser user, long cityId, String name) {
        Gateway.Answer added = ask(() -> admin.post("/mp/cityuser/action/new/",
                "{\"ids\": \"" + user.userId() + "\", \"city_id\": " + cityId + "}"));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> citiesOf(user).contains(name));
    }

    /** The names of the member's groups, as they read them (empty while they are not a member). */
    private static java.util.List<String> groupsOf(MpUser user) {
        Gateway.Answer groups = user.get("/mp/usergroup/" + user.userId() + "/");
        return groups.status() == 200 ? groups.json().findValuesAsString("group_name") : java.util.List.of();
    }

    private static java.util.List<String> citiesOf(MpUser user) {
        Gateway.Answer cities = user.get("/mp/usercity/" + user.userId() + "/");
        return cities.status() == 200 ? cities.json().findValuesAsString("city_name") : java.util.List.of();
    }

    /** Signs in through the local WeChat stand-in without agreeing to the privacy policy; what login answered. */
    private JsonNode signInWithoutAgreeing() {
        Gateway.Answer login = suite.gateway().post("/mp/login/", "{\"code\":\"e2e-authz-mp-" + Suite.unique()
                + "\"}");
        assertThat(login.status()).as(login.toString()).isEqualTo(201);
        return login.json();
    }

    private Gateway.Answer agree(JsonNode login) {
        return suite.gateway().put("/mp/agree/", null, "Authorization", "Bearer " + login.get("access").asString());
    }

    // --- meetings and activities ---

    private static String meeting(String topic, LocalDate day, String start, String end) {
        return """
                {"topic": "%s", "platform": "tencent", "sponsor": "小明", "group_name": "Infrastructure",
                 "date": "%s", "start": "%s", "end": "%s",
                 "etherpad": "https://etherpad.mindspore.cn/p/meetings-Infrastructure", "agenda": "例会",
                 "emaillist": "a@example.com", "record": "", "meeting_type": 1}""".formatted(topic, day, start, end);
    }

    /** The member's booking, once meeting-service knows the membership (refused with 403 until then). */
    private Gateway.Answer bookWhenMember(MpUser member, String booking) {
        AtomicReference<Gateway.Answer> booked = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            booked.set(ask(() -> member.post("/mp/meetings/", booking)));
            return booked.get().status() != 403;
        });
        return booked.get();
    }

    private String midOf(long meetingId) {
        return suite.gateway().get("/mp/meetings/" + meetingId + "/").json().get("mid").asString();
    }


    /** A new activity of the sponsor, submitted for review. */
    private long submitted(MpUser sponsor, LocalDate start) {
        Gateway.Answer created = ask(() -> sponsor.post("/mp/activity/?publish=true",
                activity("authz-review-" + Suite.unique(), start)));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.json().get("id").asLong();
    }

    private static String replay(String who) {
        return "{\"schedules\": [[]], \"replay_url\": \"https://example.org/replay-" + who + "\"}";
    }

    // --- answers ---

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : "";
    }

    /** The request, asked again while the gateway's rate limit says to wait (other classes share the address). */
    private Gateway.Answer ask(Supplier<Gateway.Answer> request) {
        return suite.gateway().waitingWhenTold(request);
    }

    private static Predicate<Gateway.Answer> ok() {
        return a -> a.status() == 200;
    }

    private static Predicate<Gateway.Answer> status(int status) {
        return a -> a.status() == status;
    }

    private static Predicate<Gateway.Answer> status(int status, String detail) {
        return a -> a.status() == status && a.body() != null && a.body().contains(detail);
    }
}
