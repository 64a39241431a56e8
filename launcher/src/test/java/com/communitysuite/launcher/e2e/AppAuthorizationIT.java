package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.AuthorizationMatrix.Caller;

import tools.jackson.databind.JsonNode;

/**
 * The app surface's rows of the authorization matrix (stranger, owner, manager, admin; the anonymous column is
 * {@link AnonymousCallersIT}'s). App refusals are the envelope {@code {"status":0,"errorCode":…}}: a room or club
 * one may not enter is "not found" to them (400000, 500000, 600000, as the original), a member who may not do
 * something is told 权限不足 (errorCode 0). The app has no administrators; managers are those the app gives a hand in
 * someone else's data: a club's members in its rooms, a co-host in the creator's room, an event's guests.
 */
@ExtendWith(RunningSuite.class)
class AppAuthorizationIT {

    private static final String NO_ADMIN = "The app surface has no administrators: no app account has rights over "
            + "other users' data (the original's admin uid 000…0, which club-room-service still lets close any room, "
            + "is no account: app uids are random UUIDs, and no sign-in yields it).";
    private static final String OWN_ACCOUNT = "Acts only on the caller's own account (their session, profile, "
            + "upload directory, feedback, reports, or a read of a link preview): the request names no one else's "
            + "data, so there is none to try.";
    private static final String NO_HAND_IN_ACCOUNTS = "Nobody has a hand in another app user's own data (session, "
            + "profile, uploads, devices, blocks, cards, feedback, reports): the app surface has no such role.";
    private static final String OWN_LISTS = "Changes only the caller's own block list or card holder: the path's uid "
            + "is the other person of the relation, and no request names another user's list (a third user's try "
            + "changes only their own, as the test checks after it).";
    private static final String OWN_CARD = "Sends the caller's own card: any user may give theirs to any other (a "
            + "card from someone the receiver blocked is kept hidden); the request names no one else's card.";
    private static final String NEW_CLUB = "Creates a new club of the caller's: the request names no one else's "
            + "data, and nobody has a hand in a club that does not exist yet.";
    private static final String OWN_MEMBERSHIP = "Joins the caller themselves: app clubs are open to every user, "
            + "and the request names no one else to add.";
    private static final String NO_CLUB_MANAGER = "No one may join or leave a club for another app user: the app "
            + "has no club role that adds or removes members (the creator, the club's admin, acts only on their own "
            + "membership).";
    private static final String NEW_EVENT = "Nobody has a hand in an event before it exists: the guests named in "
            + "the request become its members with it (their rights are tried on the other event rows).";
    private static final String OWN_SUBSCRIPTION = "Subscribes the caller themselves to a public event: any user "
            + "who is not one of its hosts or guests may (the owner's cell); the request names no one else.";

    @Test
    void aUsersSessionProfileUploadsDevicesAndReportsAreTheirOwn(Suite suite) throws Exception {
        AppUser owner = withProfile(suite, suite.newAppUser(), "本人");
        AppUser other = withProfile(suite, suite.newAppUser(), "旁人");

        Authorization.of("app POST /user/profile/init")
                .serves(Caller.OWNER, suite.newAppUser().post("/user/profile/init",
                        Map.of("nickname", "新人", "avatar", "https://cdn.example/a.jpg")))
                .noSuchCaller(Caller.STRANGER, OWN_ACCOUNT).noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);

        Gateway.Answer otherEdits = other.put("/user/profile", Map.of("nickname", "旁人改", "avatar",
                "https://cdn.example/b.jpg"));
        assertThat(otherEdits.json().path("status").asInt()).as(otherEdits.toString()).isEqualTo(1);
        Authorization.of("app PUT /user/profile")
                .leftIntact("another user's edit changed only their own profile", "本人".equals(
                        owner.get("/user/" + owner.uid() + "/profile").json().at("/result/nickname").asString("")))
                .serves(Caller.OWNER, owner.put("/user/profile", Map.of("nickname", "本人", "avatar",
                        "https://cdn.example/a.jpg", "bio", "简介")))
                .noSuchCaller(Caller.STRANGER, OWN_ACCOUNT).noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);

        Gateway.Answer upload = owner.post("/aliyun/image/upload", Map.of("imageDir", "avatar"));
        Authorization.of("app POST /aliyun/image/upload")
                .serves(Caller.OWNER, upload)
                .noSuchCaller(Caller.STRANGER, OWN_ACCOUNT).noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        assertThat(upload.json().at("/result/uploadAddress").asString()).as("in the caller's own directory")
                .contains("/image/" + owner.uid() + "/avatar/");

        // A JPush registration id is known only to the device it was issued to; a device signed in by another user
        // moves to that user (as the original re-aliased it), which is what a second user naming it gets.
        String device = "e2eauthz" + Suite.unique();
        Authorization.of("app POST /push/{jPushId}")
                .serves(Caller.OWNER, owner.post("/push/" + device, Map.of()))
                .servesWith(Caller.STRANGER, other.post("/push/" + device, Map.of()),
                        "served: the device moves to the one now signed in on it", AppAuthorizationIT::succeeded)
                .noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS).noSuchCaller(Caller.ADMIN, NO_ADMIN);

        Authorization.of("app POST /app/feedback")
                .serves(Caller.OWNER, owner.post("/app/feedback", Map.of("originFeedbackType", 0, "originId", "-1",
                        "feedbackType", 0, "feedbackContent", "闪退了", "feedbackImageList", List.of())))
                .noSuchCaller(Caller.STRANGER, OWN_ACCOUNT).noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        Authorization.of("app POST /app/report")
                .serves(Caller.OWNER, owner.post("/app/report", Map.of("originReportType", 2, "originId",
                        "room-" + Suite.unique(), "reportReasonType", 5, "reason", "spam")))
                .noSuchCaller(Caller.STRANGER, OWN_ACCOUNT).noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        String link = "example.com/authz/" + Suite.unique();
        Authorization.of("app POST /app/link/preview/{linkMD5}")
                .serves(Caller.OWNER, owner.post("/app/link/preview/" + md5(link), Map.of("link", link)))
                .noSuchCaller(Caller.STRANGER, OWN_ACCOUNT).noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);

        // Logging out last: another user's logout ends only their own session.
        Gateway.Answer otherLogsOut = other.post("/account/logout", Map.of());
        assertThat(otherLogsOut.json().path("status").asInt()).as(otherLogsOut.toString()).isEqualTo(1);
        Authorization.of("app POST /account/logout")
                .leftIntact("another user's logout left the owner signed in",
                        owner.get("/user/" + owner.uid() + "/profile").json().path("status").asInt() == 1)
                .serves(Caller.OWNER, owner.post("/account/logout", Map.of()))
                .noSuchCaller(Caller.STRANGER, OWN_ACCOUNT).noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        assertThat(owner.get("/user/" + owner.uid() + "/profile").status()).as("the owner's session ended")
                .isEqualTo(401);
    }

    @Test
    void blocksAndCardsChangeOnlyTheCallersOwnListAndHolder(Suite suite) {
        AppUser owner = withProfile(suite, suite.newAppUser(), "拉黑者");
        AppUser target = withProfile(suite, suite.newAppUser(), "被拉黑者");
        AppUser third = withProfile(suite, suite.newAppUser(), "第三人");

        Authorization.of("app POST /user/{uid}/block")
                .serves(Caller.OWNER, owner.post("/user/" + target.uid() + "/block", Map.of()))
                .noSuchCaller(Caller.STRANGER, OWN_LISTS).noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        // A third user unblocking the same target changes their own (empty) list, not the owner's.
        Gateway.Answer thirdUnblocks = third.delete("/user/" + target.uid() + "/block", Map.of());
        assertThat(thirdUnblocks.json().path("status").asInt()).as(thirdUnblocks.toString()).isEqualTo(1);
        Authorization.of("app DELETE /user/{uid}/block")
                .leftIntact("the owner's block stands after a third user's unblock", owner.get("/user/"
                        + target.uid() + "/profile").json().at("/result/blocked").asInt() == 1)
                .serves(Caller.OWNER, owner.delete("/user/" + target.uid() + "/block", Map.of()))
                .noSuchCaller(Caller.STRANGER, OWN_LISTS).noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        assertThat(owner.get("/user/" + target.uid() + "/profile").json().at("/result/blocked").asInt())
                .as("the owner's block is gone").isZero();

        // The owner sends their card to the target, whose holder it is then in.
        Authorization.of("app POST /user/{uid}/card")
                .serves(Caller.OWNER, owner.post("/user/" + target.uid() + "/card", Map.of()))
                .noSuchCaller(Caller.STRANGER, OWN_CARD).noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        // The holder is the target: a third user removing the owner's card removes it from their own holder only.
        Gateway.Answer thirdRemoves = third.delete("/user/" + owner.uid() + "/card", Map.of());
        assertThat(thirdRemoves.json().path("status").asInt()).as(thirdRemoves.toString()).isEqualTo(1);
        Authorization.of("app DELETE /user/{uid}/card")
                .leftIntact("the owner's card stays in the target's holder after a third user's removal",
                        cardSenders(target).contains(owner.uid()))
                .serves(Caller.OWNER, target.delete("/user/" + owner.uid() + "/card", Map.of()))
                .noSuchCaller(Caller.STRANGER, OWN_LISTS).noSuchCaller(Caller.MANAGER, NO_HAND_IN_ACCOUNTS)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        assertThat(cardSenders(target)).as("the card is out of the holder").doesNotContain(owner.uid());
    }

    @Test
    void aClubIsItsCreatorsAndEachMembershipItsMembers(Suite suite) {
        AppUser owner = withProfile(suite, suite.newAppUser(), "圈主");
        AppUser member = withProfile(suite, suite.newAppUser(), "圈友");
        AppUser stranger = withProfile(suite, suite.newAppUser(), "路人");

        Gateway.Answer created = owner.post("/club", Map.of("name", "权限圈" + Suite.unique(), "cover",
                "https://cdn.example/c.jpg"));
        Authorization.of("app POST /club")
                .serves(Caller.OWNER, created)
                .noSuchCaller(Caller.STRANGER, NEW_CLUB).noSuchCaller(Caller.MANAGER, NEW_CLUB)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        String clubId = created.json().at("/result/clubId").asString();

        Authorization.of("app POST /club/{clubId}/join")
                .serves(Caller.OWNER, member.post("/club/" + clubId + "/join", Map.of()))
                .noSuchCaller(Caller.STRANGER, OWN_MEMBERSHIP).noSuchCaller(Caller.MANAGER, NO_CLUB_MANAGER)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);

        // One who is not a member has nothing to leave: the club is "not found" to them, and nobody is removed.
        Authorization.of("app POST /club/{clubId}/leave")
                .refusesWithError(Caller.STRANGER, stranger.post("/club/" + clubId + "/leave", Map.of()), 500000)
                .leftIntact("the club still has both members", memberTotal(owner, clubId) == 2)
                .serves(Caller.OWNER, member.post("/club/" + clubId + "/leave", Map.of()))
                .noSuchCaller(Caller.MANAGER, NO_CLUB_MANAGER).noSuchCaller(Caller.ADMIN, NO_ADMIN);
        assertThat(memberTotal(owner, clubId)).as("the member left").isEqualTo(1);
    }

    @Test
    void aClubRoomIsEnteredByItsCreatorAndTheClubsMembersAndClosedByAHost(Suite suite) throws Exception {
        AppUser owner = withProfile(suite, suite.newAppUser(), "房主");
        AppUser member = withProfile(suite, suite.newAppUser(), "圈内人");
        AppUser stranger = withProfile(suite, suite.newAppUser(), "圈外人");
        AppUser invitee = withProfile(suite, suite.newAppUser(), "受邀人");
        String clubId = result(owner.post("/club", Map.of("name", "房间圈" + Suite.unique(), "cover",
                "https://cdn.example/c.jpg"))).get("clubId").asString();
        result(member.post("/club/" + clubId + "/join", Map.of()));
        // The invitee gave each of them a card, so that an invitation by any of them would count.
        for (AppUser inviter : List.of(owner, member, stranger)) {
            result(invitee.post("/user/" + inviter.uid() + "/card", Map.of()));
        }

        // A club room: its club's members may open rooms in it, one who is not a member may not.
        String strangersRoomName = "闯入" + Suite.unique();
        Gateway.Answer opened = owner.post("/room", Map.of("name", "圈内夜聊", "clubId", clubId));
        Authorization.of("app POST /room")
                .refusesWithError(Caller.STRANGER, stranger.post("/room", Map.of("name", strangersRoomName,
                        "clubId", clubId)), 500000)
                .leftIntact("the stranger opened no room", !roomNames(stranger).contains(strangersRoomName))
                .serves(Caller.OWNER, opened)
                .servesWith(Caller.MANAGER, member.post("/room", Map.of("name", "成员开的房间", "clubId", clubId)),
                        "served (a member of the club)", AppAuthorizationIT::succeeded)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        String roomId = opened.json().at("/result/roomId").asString();
        String room = "/room/" + roomId;

        Authorization.of("app POST /room/{roomId}/token")
                .refusesWithError(Caller.STRANGER, stranger.post(room + "/token", Map.of()), 400000)
                .leftIntact("the refused stranger still may not enter (nor read) the room",
                        errorCode(stranger.get(room)) == 400000)
                .servesWith(Caller.OWNER, owner.post(room + "/token", Map.of()), "served (a host's token)",
                        a -> succeeded(a) && a.json().at("/result/role").asInt() == 2)
                .servesWith(Caller.MANAGER, member.post(room + "/token", Map.of()),
                        "served (a member of the club: an audience token)",
                        a -> succeeded(a) && a.json().at("/result/role").asInt() == 0)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);

        Authorization.of("app POST /room/{roomId}/cache")
                .refusesWithError(Caller.STRANGER, stranger.post(room + "/cache", Map.of()), 400000)
                .serves(Caller.OWNER, owner.post(room + "/cache", Map.of()))
                .servesWith(Caller.MANAGER, member.post(room + "/cache", Map.of()), "served (a member of the club)",
                        AppAuthorizationIT::succeeded)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);

        // An invitation lets the invitee into the club room: the stranger's, refused, let nobody in.
        Authorization.of("app POST /room/{roomId}/invite/{uid}")
                .refusesWithError(Caller.STRANGER, stranger.post(room + "/invite/" + invitee.uid(), Map.of()),
                        400000)
                .leftIntact("the invitee still may not enter the room",
                        errorCode(invitee.post(room + "/token", Map.of())) == 400000)
                .serves(Caller.OWNER, owner.post(room + "/invite/" + invitee.uid(), Map.of()))
                .servesWith(Caller.MANAGER, member.post(room + "/invite/" + invitee.uid(), Map.of()),
                        "served (a member of the club)", AppAuthorizationIT::succeeded)
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        // What the stranger's invitation would have done: once the invitee's card reached club-room-service, an
        // invitation that counts lets them in.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            owner.post(room + "/invite/" + invitee.uid(), Map.of());
            return succeeded(invitee.post(room + "/token", Map.of()));
        });

        // Closing is a host's, present in the room: the creator while hosting, or one the creator made co-host.
        try (Live hosting = Live.connect(suite, owner, roomId)) {
            assertThat(hosting.await(connected()).at("/you/role").asInt()).isEqualTo(2);
            try (Live listening = Live.connect(suite, member, roomId)) {
                assertThat(listening.await(connected()).at("/you/role").asInt()).isZero();
                Authorization close = Authorization.of("app POST /room/{roomId}/close")
                        .refusesWithError(Caller.STRANGER, stranger.post(room + "/close", Map.of()), 400000)
                        .refusesWith(Caller.MANAGER, member.post(room + "/close", Map.of()),
                                "errorCode 400000 (a member of the club in the audience)", failure(400000))
                        .leftIntact("the room is still open", member.get(room).json().path("status").asInt() == 1);

                hosting.send(Map.of("event", "invite", "action", "response", "uid", member.uid()));
                listening.await(m -> "invite".equals(m.path("event").asString()));
                listening.send(Map.of("event", "role", "uid", member.uid(), "role", 1));
                hosting.await(role(member, 1));
                hosting.send(Map.of("event", "role", "uid", member.uid(), "role", 2));
                listening.await(role(member, 2));
                close.servesWith(Caller.MANAGER, member.post(room + "/close", Map.of()),
                        "served (a co-host the creator made host)", AppAuthorizationIT::succeeded)
                        .noSuchCaller(Caller.ADMIN, NO_ADMIN);
                assertThat(errorCode(owner.get(room))).as("the room is closed").isEqualTo(400000);
                // Everyone connected is let go; the "close" message itself can be lost when the connection is closed
                // at once after it (reported), so either is taken.
                hosting.await(m -> m.path("event").asString().matches("close|_closed"));
            }
        }
        String ownersRoom = result(owner.post("/room", Map.of("name", "房主自己关", "clubId", clubId)))
                .get("roomId").asString();
        try (Live hosting = Live.connect(suite, owner, ownersRoom)) {
            assertThat(hosting.await(connected()).at("/you/role").asInt()).isEqualTo(2);
            Authorization.of("app POST /room/{roomId}/close")
                    .servesWith(Caller.OWNER, owner.post("/room/" + ownersRoom + "/close", Map.of()),
                            "served (its creator, hosting)", AppAuthorizationIT::succeeded);
        }
    }

    @Test
    void anEventIsEditedAndDeletedByItsCreatorAndStartedByItsMembers(Suite suite) {
        AppUser host = withProfile(suite, suite.newAppUser(), "日程主人");
        AppUser guest = withProfile(suite, suite.newAppUser(), "日程嘉宾");
        AppUser stranger = withProfile(suite, suite.newAppUser(), "日程路人");
        AppUser subscriber = withProfile(suite, suite.newAppUser(), "预约者");
        long soon = Instant.now().plus(Duration.ofMinutes(10)).toEpochMilli();
        List<String> members = List.of(host.uid(), guest.uid());

        // An event in someone else's name (the caller not among its hosts) is refused; it is listed from an hour
        // ago on, soonest first, so one 50 minutes ago would be at the head of the list.
        String strangersName = "冒名" + Suite.unique();
        Gateway.Answer created = host.post("/event", Map.of("name", "权限日程", "eventTime", soon,
                "memberUidList", members));
        Authorization.of("app POST /event")
                .refusesWith(Caller.STRANGER, stranger.post("/event", Map.of("name", strangersName, "eventTime",
                        Instant.now().minus(Duration.ofMinutes(50)).toEpochMilli(), "memberUidList",
                        List.of(host.uid()))), "errorCode 0 参数错误 (the caller not among its hosts)",
                        failure(0, "参数错误"))
                .leftIntact("no event in the host's name was made", !eventNames(stranger).contains(strangersName))
                .serves(Caller.OWNER, created)
                .noSuchCaller(Caller.MANAGER, NEW_EVENT).noSuchCaller(Caller.ADMIN, NO_ADMIN);
        String event = "/event/" + created.json().at("/result/eventId").asString();

        Map<String, Object> edit = Map.of("name", "改过的日程", "eventTime", soon, "memberUidList", members);
        Authorization.of("app PUT /event/{eventId}")
                .refusesWithError(Caller.STRANGER, stranger.put(event, edit), 600000)
                .refusesWith(Caller.MANAGER, guest.put(event, edit), "errorCode 0 权限不足 (a guest)",
                        failure(0, "权限不足"))
                .leftIntact("the event is as its creator made it",
                        "权限日程".equals(result(host.get(event)).get("name").asString()))
                .serves(Caller.OWNER, host.put(event, Map.of("name", "权限日程", "desc", "主人改的", "eventTime", soon,
                        "memberUidList", members)))
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);

        Authorization.of("app POST /event/{eventId}/notify")
                .refusesWith(Caller.MANAGER, guest.post(event + "/notify", Map.of()),
                        "errorCode 0 嘉宾或者主持人无法预约日程 (a guest)", failure(0, "嘉宾或者主持人无法预约日程"))
                .leftIntact("the guest is not subscribed", result(guest.get(event)).get("notify").asInt() == 0)
                .serves(Caller.OWNER, subscriber.post(event + "/notify", Map.of()))
                .noSuchCaller(Caller.STRANGER, OWN_SUBSCRIPTION).noSuchCaller(Caller.ADMIN, NO_ADMIN);
        assertThat(result(subscriber.get(event)).get("notify").asInt()).as("the subscriber is subscribed").isOne();

        Authorization.of("app POST /event/{eventId}/start")
                .refusesWith(Caller.STRANGER, stranger.post(event + "/start", Map.of()), "errorCode 0 权限不足",
                        failure(0, "权限不足"))
                .leftIntact("the event is not started", !result(host.get(event)).hasNonNull("roomId"))
                .servesWith(Caller.MANAGER, guest.post(event + "/start", Map.of()), "served (a guest)",
                        a -> succeeded(a) && a.json().at("/result/roomId").asString("").matches("[a-f0-9]{32}"))
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        String hostsEvent = "/event/" + result(host.post("/event", Map.of("name", "主人开始", "eventTime", soon,
                "memberUidList", members))).get("eventId").asString();
        Authorization.of("app POST /event/{eventId}/start")
                .servesWith(Caller.OWNER, host.post(hostsEvent + "/start", Map.of()), "served",
                        a -> succeeded(a) && a.json().at("/result/roomId").asString("").matches("[a-f0-9]{32}"));

        String doomed = "/event/" + result(host.post("/event", Map.of("name", "待删", "eventTime",
                soon + 86_400_000L, "memberUidList", members))).get("eventId").asString();
        Authorization.of("app DELETE /event/{eventId}")
                .refusesWith(Caller.STRANGER, stranger.delete(doomed, Map.of()), "errorCode 0 权限不足",
                        failure(0, "权限不足"))
                .refusesWith(Caller.MANAGER, guest.delete(doomed, Map.of()), "errorCode 0 权限不足 (a guest)",
                        failure(0, "权限不足"))
                .leftIntact("the event is still there", host.get(doomed).json().path("status").asInt() == 1)
                .serves(Caller.OWNER, host.delete(doomed, Map.of()))
                .noSuchCaller(Caller.ADMIN, NO_ADMIN);
        assertThat(errorCode(host.get(doomed))).as("the event is gone").isEqualTo(600000);
    }

    // --- helpers ---

    /**
     * A user with a profile, once user-service knows their account and club-room-service their profile (read on
     * its H5 page), so cards, blocks, rooms and events find them.
     */
    private static AppUser withProfile(Suite suite, AppUser user, String nickname) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> user.post("/user/profile/init", Map.of("nickname", nickname, "avatar",
                        "https://cdn.example/a.jpg")).json().path("status").asInt() == 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> nickname.equals(suite.gateway().get("/h5/profile/" + user.uid()).json()
                        .at("/result/nickname").asString("")));
        return user;
    }

    private static boolean succeeded(Gateway.Answer answer) {
        return answer.status() == 200 && answer.body().startsWith("{") && answer.json().path("status").asInt() == 1;
    }

    private static Predicate<Gateway.Answer> failure(int errorCode) {
        return answer -> answer.body().startsWith("{") && answer.json().path("status").asInt(-1) == 0
                && answer.json().path("errorCode").asInt(-99) == errorCode;
    }

    private static Predicate<Gateway.Answer> failure(int errorCode, String message) {
        return failure(errorCode).and(answer -> message.equals(answer.json().path("message").asString("")));
    }

    private static int errorCode(Gateway.Answer answer) {
        return answer.body().startsWith("{") && answer.json().path("status").asInt(-1) == 0
                ? answer.json().path("errorCode").asInt(-99) : -99;
    }

    private static JsonNode result(Gateway.Answer answer) {
        assertThat(succeeded(answer)).as(answer.toString()).isTrue();
        return answer.json().get("result");
    }

    private static int memberTotal(AppUser viewer, String clubId) {
        return result(viewer.get("/club/" + clubId)).get("memberTotal").asInt();
    }

    private static List<String> cardSenders(AppUser holder) {
        return result(holder.get("/user/card", Map.of("count", 100))).get("list").findValuesAsString("uid");
    }

    /** The names of the rooms in the user's list that they can see the details of (their own among them). */
    private static List<String> roomNames(AppUser user) {
        return result(user.get("/room", Map.of("count", 100))).get("list").findValuesAsString("name");
    }

    private static List<String> eventNames(AppUser user) {
        return result(user.get("/event", Map.of("count", 100))).get("list").findValuesAsString("name");
    }

    private static Predicate<JsonNode> connected() {
        return m -> "connected".equals(m.path("event").asString());
    }

    private static Predicate<JsonNode> role(AppUser user, int role) {
        return m -> "role".equals(m.path("event").asString()) && user.uid().equals(m.path("uid").asString())
                && m.path("role").asInt(-1) == role;
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A presence connection through the gateway (as {@code RoomsIT}'s) that also sends commands and tells its end. */
    static final class Live implements AutoCloseable {

        private final WebSocket socket;
        private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        private final List<JsonNode> skipped = new ArrayList<>();

        private Live(WebSocket.Builder builder, URI uri) {
            this.socket = builder.buildAsync(uri, new WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        received.add(Gateway.JSON.readTree(text.toString()));
                        text.setLength(0);
                    }
                    webSocket.request(1);
                    return null;
                }

                /** The server's closing of the connection, as a message {@code _closed} to await. */
                @Override
                public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                    received.add(Gateway.JSON.readTree("{\"event\":\"_closed\",\"code\":" + statusCode + "}"));
                    return null;
                }
            }).join();
        }

        static Live connect(Suite suite, AppUser user, String roomId) {
            long ts = System.currentTimeMillis();
            String sign = AppUser.sign(Map.of("ts", ts), user.accessSecret());
            URI uri = URI.create(suite.gateway().baseUrl().replaceFirst("^http", "ws") + "/room/" + roomId
                    + "/live?ts=" + ts + "&sign=" + sign);
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10)).header("Authorization", user.basic())
                    .header("Client-Type", "1").header("Version-Name", "0.1.7").header("Version-Code", "19");
            return new Live(builder, uri);
        }

        void send(Map<String, ?> command) {
            socket.sendText(Gateway.JSON.writeValueAsString(command), true).join();
        }

        JsonNode await(Predicate<JsonNode> matching) throws InterruptedException {
            for (JsonNode message : skipped) {
                if (matching.test(message)) {
                    skipped.remove(message);
                    return message;
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                JsonNode message = received.poll(100, TimeUnit.MILLISECONDS);
                if (message == null) {
                    continue;
                }
                if (matching.test(message)) {
                    return message;
                }
                skipped.add(message);
            }
            throw new AssertionError("no matching message; got " + skipped);
        }

        @Override
        public void close() {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
            }
        }
    }
}
