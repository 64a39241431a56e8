package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static com.communitysuite.launcher.e2e.CampusActivities.BEIJING;
import static com.communitysuite.launcher.e2e.CampusActivities.address;
import static com.communitysuite.launcher.e2e.CampusActivities.apiKey;
import static com.communitysuite.launcher.e2e.CampusActivities.at;
import static com.communitysuite.launcher.e2e.CampusActivities.organization;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.e2e.CampusActivities.Organization;
import com.communitysuite.launcher.conformance.AuthorizationMatrix.Caller;

/**
 * The authorization matrix of activity-service's campus activities, its wx H5 page operations and the request-code
 * protocol: for each operation that changes something, what a stranger, the owner, an organization's manager and
 * the campus super user get, each refusal followed by a read showing nothing changed.
 *
 * <p>Campus: the owner is the activity's creator (here the owner of its organization), the comment's author or the
 * participant themselves; the manager is a user the organization's owner appointed; the admin is the campus super
 * user. wx: callers are users (any account's token, {@code access_type=user}) and organizations (their API key,
 * {@code access_type=org}); the manager is the key of the organization the activity belongs to, a stranger another
 * organization's key (or, where only keys may call, a user), the owner the member themselves or the activity's
 * creator, each with their user token. Request codes: app users only, by phone and {@code auth_key}; the manager of
 * a registration is the activity's creator.
 */
@ExtendWith(RunningSuite.class)
class ActivityAuthorizationIT {

    private static final DateTimeFormatter CODES_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final String CATALOG_HAS_NO_OWNER = "Categories and addresses record no creator: they are the "
            + "shared catalog's, not a user's (the user who created one is refused like any other, tried as stranger).";
    private static final String CATALOG_HAS_NO_MANAGER = "Categories and addresses belong to no organization: "
            + "nobody but a super user has a hand in them.";
    private static final String CODES_HAVE_NO_ORGANIZATIONS = "The request-code protocol has no organizations or "
            + "managers: an activity has its creator only.";
    private static final String CODES_HAVE_NO_ADMIN = "The request-code protocol signs in app users only (username "
            + "and auth_key of an app session); it has no administrators.";

    private static final String NOT_THEIR_KEY = "401 code 10310 (the key is not that user's)";
    private static final String NOT_THEMSELVES = "403 code 10359 (registerid is not the caller)";

    @Test
    void categoriesAndAddressesAreAddedByUsersAndChangedOnlyBySuperUsers(Suite suite) {
        CampusUser admin = suite.campusAdmin();
        CampusUser creator = suite.newCampusUser();
        CampusUser stranger = suite.newCampusUser();

        // Any signed-in user adds a category, as activity-service's README decided: the document's category page
        // says 管理端, but its activity form asks users to create one when none fits, and the original let anyone.
        String name = "权限分类" + Suite.unique();
        Gateway.Answer created = creator.post("/campus/activities/categories/", "{\"name\": \"" + name + "\"}");
        Authorization.of("campus POST /campus/activities/categories/")
                .servesWith(Caller.STRANGER, created, "201", a -> a.status() == 201)
                .servesWith(Caller.ADMIN, admin.post("/campus/activities/categories/",
                        "{\"name\": \"管理分类" + Suite.unique() + "\"}"), "201", a -> a.status() == 201)
                .noSuchCaller(Caller.OWNER, CATALOG_HAS_NO_OWNER)
                .noSuchCaller(Caller.MANAGER, CATALOG_HAS_NO_MANAGER);
        String category = "/campus/activities/categories/" + created.json().get("id").asLong() + "/";

        String renamed = "改" + name;
        Authorization.of("campus PUT /campus/activities/categories/{id}/")
                .refuses(Caller.STRANGER, stranger.put(category, "{\"name\": \"" + renamed + "\"}"), 403)
                .refuses(Caller.STRANGER, creator.put(category, "{\"name\": \"" + renamed + "\"}"), 403)
                .leftIntact("the category kept its name", names(creator, "/campus/activities/categories/")
                        .contains(name))
                .servesWith(Caller.ADMIN, admin.put(category, "{\"name\": \"" + renamed + "\"}"), "200 renamed",
                        a -> a.status() == 200 && a.json().get("name").asString().equals(renamed))
                .noSuchCaller(Caller.OWNER, CATALOG_HAS_NO_OWNER)
                .noSuchCaller(Caller.MANAGER, CATALOG_HAS_NO_MANAGER);

        Authorization.of("campus DELETE /campus/activities/categories/{id}/")
                .refuses(Caller.STRANGER, stranger.delete(category), 403)
                .refuses(Caller.STRANGER, creator.delete(category), 403)
                .leftIntact("the category is still there", names(creator, "/campus/activities/categories/")
                        .contains(renamed))
                .servesWith(Caller.ADMIN, admin.delete(category), "204", a -> a.status() == 204)
                .noSuchCaller(Caller.OWNER, CATALOG_HAS_NO_OWNER)
                .noSuchCaller(Caller.MANAGER, CATALOG_HAS_NO_MANAGER);

        // Addresses: users and super users add them (the document: 用户端, 管理端); super users delete them.
        String place = "权限地点" + Suite.unique();
        Gateway.Answer address = creator.post("/campus/activities/addresses/",
                "{\"name\": \"" + place + "\", \"longitude\": \"116.3\", \"latitude\": \"39.9\"}");
        Authorization.of("campus POST /campus/activities/addresses/")
                .servesWith(Caller.STRANGER, address, "201", a -> a.status() == 201)
                .servesWith(Caller.ADMIN, admin.post("/campus/activities/addresses/", "{\"name\": \"管理地点"
                        + Suite.unique() + "\", \"longitude\": \"116.4\", \"latitude\": \"39.8\"}"), "201",
                        a -> a.status() == 201)
                .noSuchCaller(Caller.OWNER, CATALOG_HAS_NO_OWNER)
                .noSuchCaller(Caller.MANAGER, CATALOG_HAS_NO_MANAGER);

        String addressPath = "/campus/activities/addresses/" + address.json().get("id").asLong() + "/";
        Authorization.of("campus DELETE /campus/activities/addresses/{id}/")
                .refuses(Caller.STRANGER, stranger.delete(addressPath), 403)
                .refuses(Caller.STRANGER, creator.delete(addressPath), 403)
                .leftIntact("the address is still there", names(creator, "/campus/activities/addresses/")
                        .contains(place))
                .servesWith(Caller.ADMIN, admin.delete(addressPath), "204", a -> a.status() == 204)
                .noSuchCaller(Caller.OWNER, CATALOG_HAS_NO_OWNER)
                .noSuchCaller(Caller.MANAGER, CATALOG_HAS_NO_MANAGER);
    }

    @Test
    void anOrganizationsActivitiesAreReleasedChangedAndDeletedByItsOwnerManagersAndSuperUsers(Suite suite) {
        CampusUser admin = suite.campusAdmin();
        Organization org = organization(suite);
        CampusUser owner = org.owner();
        CampusUser manager = suite.newCampusUser();
        CampusUser stranger = suite.newCampusUser();
        long address = address(suite);
        String orgActivities = "/campus/organizations/activities/" + org.id() + "/";

        // The organization's owner releases for it (once the organization has reached activity-service).
        String name = "权限活动" + Suite.unique();
        Gateway.Answer released = release(owner, body(name, owner.id(), org, address, 10));
        long id = released.json().get("id").asLong();
        appoint(org, manager, id);

        String strangers = "冒名" + Suite.unique();
        Authorization.of("campus POST /campus/activities/")
                .refuses(Caller.STRANGER, stranger.post("/campus/activities/",
                        body(strangers, stranger.id(), org, address, 10)), 403)
                .refuses(Caller.STRANGER, stranger.post("/campus/activities/",
                        body(strangers, owner.id(), org, address, 10)), 403)
                .leftIntact("the stranger released nothing for the organization",
                        !names(owner, orgActivities).contains(strangers))
                .servesWith(Caller.OWNER, released, "201", a -> a.status() == 201)
                .servesWith(Caller.MANAGER, manager.post("/campus/activities/",
                        body("管理员发布" + Suite.unique(), manager.id(), org, address, 10)), "201",
                        a -> a.status() == 201)
                .servesWith(Caller.ADMIN, admin.post("/campus/activities/",
                        body("超管发布" + Suite.unique(), owner.id(), org, address, 10)), "201",
                        a -> a.status() == 201);

        String path = "/campus/activities/" + id + "/";
        Authorization.of("campus PUT /campus/activities/{id}/")
                .refuses(Caller.STRANGER, stranger.put(path, change("陌生人改" + name, address)), 403)
                .leftIntact("the activity kept its name", owner.get(path).json().get("name").asString().equals(name))
                .servesWith(Caller.OWNER, owner.put(path, change("发起人改" + name, address)), "200",
                        a -> a.status() == 200)
                .servesWith(Caller.MANAGER, manager.put(path, change("管理员改" + name, address)), "200",
                        a -> a.status() == 200)
                .servesWith(Caller.ADMIN, admin.put(path, change("超管改" + name, address)), "200",
                        a -> a.status() == 200);

        // The relation of a user to an activity is read by POST: the user asks about themselves, a super user
        // about anyone; it tells whether they joined or applied, so nobody else asks.
        String relation = "{\"user\": " + owner.id() + ", \"act\": " + id + "}";
        Authorization.of("campus POST /campus/userActRelation/")
                .refuses(Caller.STRANGER, stranger.post("/campus/userActRelation/", relation), 403)
                .refuses(Caller.MANAGER, manager.post("/campus/userActRelation/", relation), 403)
                .servesWith(Caller.OWNER, owner.post("/campus/userActRelation/", relation), "200 isOwner",
                        a -> a.status() == 200 && a.json().get("isOwner").asBoolean())
                .servesWith(Caller.ADMIN, admin.post("/campus/userActRelation/", relation), "200 isOwner",
                        a -> a.status() == 200 && a.json().get("isOwner").asBoolean());

        long byManager = release(owner, body("待管理员删" + Suite.unique(), owner.id(), org, address, 10)).json()
                .get("id").asLong();
        long byAdmin = release(owner, body("待超管删" + Suite.unique(), owner.id(), org, address, 10)).json()
                .get("id").asLong();
        Authorization.of("campus DELETE /campus/activities/{id}/")
                .refuses(Caller.STRANGER, stranger.delete(path), 403)
                .leftIntact("the activity is still there", owner.get(path).status() == 200)
                .servesWith(Caller.OWNER, owner.delete(path), "204", a -> a.status() == 204)
                .servesWith(Caller.MANAGER, manager.delete("/campus/activities/" + byManager + "/"), "204",
                        a -> a.status() == 204)
                .servesWith(Caller.ADMIN, admin.delete("/campus/activities/" + byAdmin + "/"), "204",
                        a -> a.status() == 204);
        assertThat(owner.get(path).status()).isEqualTo(404);
    }

    @Test
    void participantsJoinForThemselvesCommentAsThemselvesAndAreTakenOutByManagers(Suite suite) {
        CampusUser admin = suite.campusAdmin();
        Organization org = organization(suite);
        CampusUser owner = org.owner();
        CampusUser manager = suite.newCampusUser();
        CampusUser stranger = suite.newCampusUser();
        CampusUser first = suite.newCampusUser();
        CampusUser second = suite.newCampusUser();
        CampusUser third = suite.newCampusUser();
        long id = release(owner, body("权限讲座" + Suite.unique(), owner.id(), org, address(suite), 10)).json()
                .get("id").asLong();
        appoint(org, manager, id);

        // A user joins for themselves; a super user may add anyone.
        Authorization.of("campus POST /campus/activities/participants/")
                .refuses(Caller.STRANGER, stranger.post("/campus/activities/participants/", join(id, first)), 403)
                .refuses(Caller.MANAGER, manager.post("/campus/activities/participants/", join(id, first)), 403)
                .leftIntact("nobody joined", joined(first, id) == 0)
                .servesWith(Caller.OWNER, first.post("/campus/activities/participants/", join(id, first)), "201",
                        a -> a.status() == 201)
                .servesWith(Caller.ADMIN, admin.post("/campus/activities/participants/", join(id, second)), "201",
                        a -> a.status() == 201);
        assertThat(third.post("/campus/activities/participants/", join(id, third)).status()).isEqualTo(201);

        // A participant comments as themselves only: nobody, not even a super user, writes in someone's name.
        String ofFirst = "/campus/activities/" + id + "/users/" + first.id() + "/comments/";
        Authorization.of("campus POST /campus/activities/comments/")
                .refuses(Caller.STRANGER, stranger.post("/campus/activities/comments/", comment(id, first, 1)), 403)
                .refuses(Caller.STRANGER, stranger.post("/campus/activities/comments/", comment(id, stranger, 1)),
                        403)
                .refuses(Caller.MANAGER, manager.post("/campus/activities/comments/", comment(id, first, 1)), 403)
                .refuses(Caller.ADMIN, admin.post("/campus/activities/comments/", comment(id, first, 1)), 403)
                .leftIntact("no comment was written in the participant's name", first.get(ofFirst).status() == 404)
                .servesWith(Caller.OWNER, first.post("/campus/activities/comments/", comment(id, first, 4)), "201",
                        a -> a.status() == 201);
        long firstComment = first.get(ofFirst).json().get("id").asLong();
        long secondComment = second.post("/campus/activities/comments/", comment(id, second, 3)).json().get("id")
                .asLong();
        long thirdComment = third.post("/campus/activities/comments/", comment(id, third, 3)).json().get("id")
                .asLong();

        // Its author alone changes a comment.
        String commentPath = "/campus/activities/comments/" + firstComment + "/";
        Authorization.of("campus PUT /campus/activities/comments/{id}/")
                .refuses(Caller.STRANGER, stranger.put(commentPath, "{\"score\": 1}"), 403)
                .refuses(Caller.MANAGER, manager.put(commentPath, "{\"score\": 1}"), 403)
                .refuses(Caller.ADMIN, admin.put(commentPath, "{\"score\": 1}"), 403)
                .leftIntact("the comment kept its score", first.get(commentPath).json().get("score").asDouble() == 4.0)
                .servesWith(Caller.OWNER, first.put(commentPath, "{\"score\": 5}"), "200 score 5",
                        a -> a.status() == 200 && a.json().get("score").asDouble() == 5.0);

        // Its author, the activity's owner or managers and super users delete a comment.
        Authorization.of("campus DELETE /campus/activities/comments/{id}/")
                .refuses(Caller.STRANGER, stranger.delete(commentPath), 403)
                .leftIntact("the comment is still there", first.get(commentPath).status() == 200)
                .servesWith(Caller.OWNER, first.delete(commentPath), "204", a -> a.status() == 204)
                .servesWith(Caller.MANAGER, manager.delete("/campus/activities/comments/" + secondComment + "/"),
                        "204", a -> a.status() == 204)
                .servesWith(Caller.ADMIN, admin.delete("/campus/activities/comments/" + thirdComment + "/"), "204",
                        a -> a.status() == 204);
        assertThat(first.get("/campus/activities/" + id + "/comments/").json()).isEmpty();

        // A participant leaves; the activity's owner or managers and super users take them out.
        String participants = "/campus/activities/participants/?act=" + id + "&person=";
        Authorization.of("campus DELETE /campus/activities/participants/")
                .refuses(Caller.STRANGER, stranger.delete(participants + first.id()), 403)
                .leftIntact("the participant is still in", joined(first, id) == 3)
                .servesWith(Caller.OWNER, first.delete(participants + first.id()), "204", a -> a.status() == 204)
                .servesWith(Caller.MANAGER, manager.delete(participants + second.id()), "204",
                        a -> a.status() == 204)
                .servesWith(Caller.ADMIN, admin.delete(participants + third.id()), "204", a -> a.status() == 204);
        assertThat(joined(first, id)).isZero();
    }

    @Test
    void anOrganizationsKeyActsOnItsOwnActivitiesPagesOnly(Suite suite) {
        CampusUser admin = suite.campusAdmin();
        Organization org = organization(suite);
        Organization otherOrg = organization(suite);
        CampusUser creator = org.owner();
        CampusUser visitor = suite.newCampusUser();
        long id = release(creator, body("权限互动" + Suite.unique(), creator.id(), org, address(suite), 10)).json()
                .get("id").asLong();
        String ownKey = "?access_type=org&access_token=" + apiKey(suite, org.id());
        String otherKey = "?access_type=org&access_token=" + apiKey(suite, otherOrg.id());
        String member = "m-" + Suite.unique();
        String info = "{\"member_id\": \"%s\", \"member_icon\": \"https://example.org/i.png\", \"member_nickname\": "
                + "\"小明\"}";

        // A member's info on the page: submitted by the member themselves (a signed-in user's token, which acts on
        // any activity, on the members it submitted only) or the organization's page server (its key); another
        // organization's key is refused, and so is another user's token over a member it did not submit.
        String userInfo = "/api/v3/activitys_for_wx/" + id + "/wx/userInfo";
        Authorization.of("wx POST /activitys_for_wx/{id}/wx/userInfo")
                .refusesWith(Caller.STRANGER, suite.gateway().post(userInfo + otherKey, info.formatted(member)),
                        "403 code 1", a -> a.status() == 403 && a.json().get("code").asInt() == 1)
                .leftIntact("the member was not recorded", suite.gateway().get("/activitys_for_wx/" + id
                        + "/wx/hasJoin/" + member + ownKey).json().get("data").asInt() == 0)
                .servesWith(Caller.OWNER, suite.gateway().post(userInfo + asUser(visitor),
                        info.formatted("self-" + visitor.id())), "code 0", ActivityAuthorizationIT::wxServed)
                .refusesWith(Caller.STRANGER, suite.gateway().post(userInfo + asUser(creator),
                        info.formatted("self-" + visitor.id()).replace("小明", "冒名")),
                        "403 code 1 (another user's token over the member's own info)",
                        a -> a.status() == 403 && a.json().get("code").asInt() == 1)
                .servesWith(Caller.MANAGER, suite.gateway().post(userInfo + ownKey, info.formatted(member)),
                        "code 0", ActivityAuthorizationIT::wxServed)
                .servesWith(Caller.ADMIN, suite.gateway().post(userInfo + asUser(admin),
                        info.formatted("admin-" + Suite.unique())), "code 0 (an account like any other)",
                        ActivityAuthorizationIT::wxServed);

        // Whether the activity exists, read by POST: another organization's key is told it does not.
        String exist = "/activitys_for_wx/" + id + "/exist";
        Authorization.of("wx POST /activitys_for_wx/{id}/exist")
                .refusesWith(Caller.STRANGER, suite.gateway().post(exist + otherKey, ""),
                        "code 0 data false (hidden from another organization)",
                        a -> a.status() == 200 && a.json().get("code").asInt() == 0
                                && !a.json().get("data").asBoolean())
                .servesWith(Caller.OWNER, suite.gateway().post(exist + asUser(creator), ""), "code 0 data true",
                        ActivityAuthorizationIT::wxTrue)
                .servesWith(Caller.MANAGER, suite.gateway().post(exist + ownKey, ""), "code 0 data true",
                        ActivityAuthorizationIT::wxTrue)
                .servesWith(Caller.ADMIN, suite.gateway().post(exist + asUser(admin), ""),
                        "code 0 data true (an account like any other)", ActivityAuthorizationIT::wxTrue);

        // A course server's sign-in sync is for organization keys only, and finds the activity its organization
        // gave that course (PUT /activitys_for_wx/{id}, an addition to the wx document).
        String course = "course-" + id;
        Gateway.Answer configured = suite.gateway().put("/activitys_for_wx/" + id + ownKey,
                "{\"course_id\": \"" + course + "\"}");
        assertThat(configured.json().get("code").asInt()).as(configured.toString()).isZero();
        String signIn = "/activitys_for_wx/course/" + course + "/signinInfo";
        String signedIn = "s-" + Suite.unique();
        String signInBody = "{\"member_id\": \"" + signedIn + "\"}";
        Authorization.of("wx POST /activitys_for_wx/course/{course_id}/signinInfo")
                .refusesWith(Caller.STRANGER, suite.gateway().post(signIn + asUser(visitor), signInBody),
                        "403 code 1 (organization keys only)", ActivityAuthorizationIT::wxForbidden)
                .refusesWith(Caller.STRANGER, suite.gateway().post(signIn + otherKey, signInBody),
                        "code 1 (no activity of that course is its)", a -> a.json().get("code").asInt() == 1)
                .refusesWith(Caller.OWNER, suite.gateway().post(signIn + asUser(creator), signInBody),
                        "403 code 1 (organization keys only)", ActivityAuthorizationIT::wxForbidden)
                .refusesWith(Caller.ADMIN, suite.gateway().post(signIn + asUser(admin), signInBody),
                        "403 code 1 (organization keys only)", ActivityAuthorizationIT::wxForbidden)
                .leftIntact("nobody signed the member in", suite.gateway().get("/activitys_for_wx/" + id
                        + "/wx/hasJoin/" + signedIn + ownKey).json().get("data").asInt() == 0)
                .servesWith(Caller.MANAGER, suite.gateway().post(signIn + ownKey, signInBody),
                        "code 0 (the organization's own key)", ActivityAuthorizationIT::wxServed)
                .leftIntact("the organization's key signed the member in", suite.gateway().get("/activitys_for_wx/"
                        + id + "/wx/hasJoin/" + signedIn + ownKey).json().get("data").asInt() == 1);
    }

    @Test
    void requestCodesActOnTheCallersOwnActivitiesAndRegistrationsOnly(Suite suite) {
        AppUser creator = suite.newAppUser();
        AppUser stranger = suite.newAppUser();
        AppUser participant = suite.newAppUser();
        String title = "权限" + Suite.unique() % 100_000;

        // 10301 creates an activity of the signed-in user; naming another user's phone fails their key.
        Map<String, Object> create = Map.of("type", "10301", "title", title, "images", List.of("cover.png"));
        Gateway.Answer impostor = codes(suite, stranger, "/activity/create", create, creator.phone());
        Gateway.Answer created = codes(suite, creator, "/activity/create", create, creator.phone());
        Authorization.of("codes POST /activity/create#10301")
                .refusesWith(Caller.STRANGER, impostor, NOT_THEIR_KEY, code(401, "10310"))
                .servesWith(Caller.OWNER, created, "code 10313", code(200, "10313"))
                .leftIntact("the stranger created nothing in the owner's name (the title was still free)",
                        created.json().get("code").asString().equals("10313"))
                .noSuchCaller(Caller.MANAGER, CODES_HAVE_NO_ORGANIZATIONS)
                .noSuchCaller(Caller.ADMIN, CODES_HAVE_NO_ADMIN);
        String id = created.json().get("contents").get("acID").asString();

        // 10302 publishes the creator's draft only.
        Map<String, Object> publish = publishing(id, title);
        Gateway.Answer foreignKey = codes(suite, stranger, "/activity/create", publish, creator.phone());
        Gateway.Answer notTheirs = codes(suite, stranger, "/activity/create", publish, stranger.phone());
        Gateway.Answer published = codes(suite, creator, "/activity/create", publish, creator.phone());
        Authorization.of("codes POST /activity/create#10302")
                .refusesWith(Caller.STRANGER, foreignKey, NOT_THEIR_KEY, code(401, "10310"))
                .refusesWith(Caller.STRANGER, notTheirs, "403 code 10321", code(403, "10321"))
                .servesWith(Caller.OWNER, published, "code 10323", code(200, "10323"))
                .leftIntact("the stranger did not publish it (it was still its creator's draft)",
                        published.json().get("code").asString().equals("10323"))
                .noSuchCaller(Caller.MANAGER, CODES_HAVE_NO_ORGANIZATIONS)
                .noSuchCaller(Caller.ADMIN, CODES_HAVE_NO_ADMIN);

        // 10305 and 10306: a user registers and cancels for themselves; not even the activity's creator (its
        // sponsor, the one with a hand in it) does it for someone else.
        Map<String, Object> join = Map.of("type", "10305", "acid", id, "registerid", participant.phone());
        Gateway.Answer strangerJoins = codes(suite, stranger, "/activity/join", join, stranger.phone());
        Gateway.Answer strangerKey = codes(suite, stranger, "/activity/join", join, participant.phone());
        Gateway.Answer creatorJoins = codes(suite, creator, "/activity/join", join, creator.phone());
        Gateway.Answer joined = codes(suite, participant, "/activity/join", join, participant.phone());
        Authorization.of("codes POST /activity/join#10305")
                .refusesWith(Caller.STRANGER, strangerJoins, NOT_THEMSELVES, code(403, "10359"))
                .refusesWith(Caller.STRANGER, strangerKey, NOT_THEIR_KEY, code(401, "10310"))
                .refusesWith(Caller.MANAGER, creatorJoins, NOT_THEMSELVES, code(403, "10359"))
                .servesWith(Caller.OWNER, joined, "code 10352", code(200, "10352"))
                .leftIntact("nobody registered the participant before they did (not 10351 already registered)",
                        joined.json().get("code").asString().equals("10352"))
                .noSuchCaller(Caller.ADMIN, CODES_HAVE_NO_ADMIN);

        Map<String, Object> cancel = Map.of("type", "10306", "acid", id, "registerid", participant.phone());
        Gateway.Answer strangerCancels = codes(suite, stranger, "/activity/join", cancel, stranger.phone());
        Gateway.Answer strangerCancelKey = codes(suite, stranger, "/activity/join", cancel, participant.phone());
        Gateway.Answer creatorCancels = codes(suite, creator, "/activity/join", cancel, creator.phone());
        Gateway.Answer cancelled = codes(suite, participant, "/activity/join", cancel, participant.phone());
        Authorization.of("codes POST /activity/join#10306")
                .refusesWith(Caller.STRANGER, strangerCancels, NOT_THEMSELVES, code(403, "10359"))
                .refusesWith(Caller.STRANGER, strangerCancelKey, NOT_THEIR_KEY, code(401, "10310"))
                .refusesWith(Caller.MANAGER, creatorCancels, NOT_THEMSELVES, code(403, "10359"))
                .servesWith(Caller.OWNER, cancelled, "code 10361", code(200, "10361"))
                .leftIntact("the registration was still there for its owner to cancel (not 10362 not registered)",
                        cancelled.json().get("code").asString().equals("10361"))
                .noSuchCaller(Caller.ADMIN, CODES_HAVE_NO_ADMIN);
    }

    // --- campus set-up (the shared part is CampusActivities) ---

    /** The organization's owner appoints the manager; activity-service hears of it through club-room's events. */
    private static void appoint(Organization org, CampusUser manager, long activityId) {
        Gateway.Answer appointed = org.owner().post("/campus/organizations/managers/",
                "{\"org\": " + org.id() + ", \"person\": " + manager.id() + "}");
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        String relation = "{\"user\": " + manager.id() + ", \"act\": " + activityId + "}";
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                manager.post("/campus/userActRelation/", relation).json().path("isManager").asBoolean());
    }

    /** Releases an activity once the organization has reached activity-service; the answer of the release. */
    private static Gateway.Answer release(CampusUser owner, String body) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> owner.post("/campus/activities/", body), a -> a.status() == 201);
    }

    private static String body(String name, long owner, Organization org, long address, int contain) {
        return CampusActivities.body(name, owner, org, address, Duration.ofDays(1), Duration.ofDays(2), contain);
    }

    private static String change(String name, long address) {
        return """
                {"name": "%s", "begin_time": "%s", "end_time": "%s", "contain": 20, "description": "改过了",
                 "location": %d}""".formatted(name, at(Duration.ofDays(1)), at(Duration.ofDays(3)), address);
    }

    private static String join(long activityId, CampusUser person) {
        return "{\"act\": " + activityId + ", \"person\": " + person.id() + "}";
    }

    private static String comment(long activityId, CampusUser author, int score) {
        return "{\"content\": \"评价\", \"score\": " + score + ", \"act\": " + activityId + ", \"user\": "
                + author.id() + "}";
    }

    private static int joined(CampusUser reader, long activityId) {
        return reader.get("/campus/activities/joined_numbers/" + activityId + "/").json().get("number").asInt();
    }

    private static List<String> names(CampusUser reader, String list) {
        Gateway.Answer answer = reader.get(list);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().valueStream().map(item -> item.get("name").asString()).toList();
    }

    // --- wx ---

    private static String asUser(CampusUser user) {
        return "?access_type=user&access_token=" + user.token();
    }

    private static boolean wxServed(Gateway.Answer answer) {
        return answer.status() == 200 && answer.json().get("code").asInt() == 0;
    }

    private static boolean wxTrue(Gateway.Answer answer) {
        return wxServed(answer) && answer.json().get("data").asBoolean();
    }

    private static boolean wxForbidden(Gateway.Answer answer) {
        return answer.status() == 403 && answer.json().get("code").asInt() == 1;
    }

    // --- request codes ---

    /** A request-code call signed in as {@code username} with the caller's own {@code auth_key}. */
    private static Gateway.Answer codes(Suite suite, AppUser caller, String path, Map<String, Object> fields,
            String username) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("username", username);
        body.put("auth_key", caller.accessToken());
        return suite.gateway().post(path, Gateway.JSON.writeValueAsString(body));
    }

    private static Map<String, Object> publishing(String id, String title) {
        LocalDateTime start = LocalDateTime.now(BEIJING).plusDays(2).withNano(0);
        return Map.ofEntries(Map.entry("type", "10302"), Map.entry("acid", id), Map.entry("actitle", title),
                Map.entry("tags", "户外|徒步"), Map.entry("startT", start.format(CODES_TIME)),
                Map.entry("endT", start.plusHours(6).format(CODES_TIME)),
                Map.entry("joinT", start.minusHours(12).format(CODES_TIME)), Map.entry("loaction", "香山公园东门"),
                Map.entry("free", "1"), Map.entry("content", "全程约十公里，请穿运动鞋，自带饮用水和午餐。"),
                Map.entry("maxp", "5"));
    }

    private static Predicate<Gateway.Answer> code(int status, String code) {
        return a -> a.status() == status && a.body().startsWith("{") && a.json().path("code").asString().equals(code);
    }

}
