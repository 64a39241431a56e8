package com.communitysuite.clubroom.club;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.communitysuite.clubroom.people.UserRelations.Standing;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The app's club endpoints: the document's shapes, its business codes, and bad input, with the services mocked. */
@SurfaceSliceTest(AppClubController.class)
class AppClubControllerSliceTest {

    private static final String USER = TestIdentities.bearer(SuiteIdentity.account(7, "6ce4443c8fcd4a2b8b407bda86ab4408",
            null, "app", Set.of("user"), Map.of()));
    private static final Instant CREATED = Instant.ofEpochMilli(1614421213212L);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Clubs clubs;
    @MockitoBean
    ClubMemberships memberships;

    private final Club club = Club.createdInApp("产品交流圈", "https://cdn.example/c.jpg", 7,
            "6ce4443c8fcd4a2b8b407bda86ab4408", CREATED);

    @Test
    void createAnswersTheClubWithItsOwnersUidAndTheCount() throws Exception {
        given(clubs.create(any(), eq("产品交流圈"), eq("https://cdn.example/c.jpg")))
                .willReturn(new ClubDetails(club, null, null, true));

        mvc.perform(app(post("/club")).contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "产品交流圈", "cover": "https://cdn.example/c.jpg", "ts": 1614421213000, "sign": "x"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.message").value("Success"))
                .andExpect(jsonPath("$.result.clubId").value(club.clubId()))
                .andExpect(jsonPath("$.result.name").value("产品交流圈"))
                .andExpect(jsonPath("$.result.cover").value("https://cdn.example/c.jpg"))
                .andExpect(jsonPath("$.result.uid").value("6ce4443c8fcd4a2b8b407bda86ab4408"))
                .andExpect(jsonPath("$.result.createTime").value(1614421213212L))
                .andExpect(jsonPath("$.result.memberTotal").value(1))
                .andExpect(jsonPath("$.result.joined").value(1));
    }

    @Test
    void aMissingBlankOrTooLongNameOrCoverIsAnApp400NamingTheField() throws Exception {
        for (String body : new String[] { "{\"cover\": \"c\"}", "{\"name\": \"  \", \"cover\": \"c\"}",
                "{\"name\": \"" + "名".repeat(101) + "\", \"cover\": \"c\"}" }) {
            mvc.perform(app(post("/club")).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(0))
                    .andExpect(jsonPath("$.message").value("Params Not Valid"))
                    .andExpect(jsonPath("$.errors.name").isArray());
        }
        mvc.perform(app(post("/club")).contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"圈\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.cover[0]").value("封面不能为空"));
        mvc.perform(app(post("/club")).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Params Not Valid"));
        verifyNoInteractions(clubs);
    }

    @Test
    void anUnknownClubIsTheBusinessCode500000() throws Exception {
        given(clubs.club(eq("ea01330db4ad49288dce2b8bcb00240b"), any()))
                .willThrow(new NotFoundException("club.not-found", "圈子不存在"));

        mvc.perform(app(get("/club/ea01330db4ad49288dce2b8bcb00240b")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.errorCode").value(500000))
                .andExpect(jsonPath("$.message").value("圈子不存在"));
    }

    @Test
    void anIdThatIsNot32HexDigitsIsNotFound() throws Exception {
        mvc.perform(app(get("/club/EA01330DB4AD49288DCE2B8BCB00240B")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Not Found"));
        mvc.perform(app(post("/club/123/join")))
                .andExpect(status().isNotFound());
        verifyNoInteractions(clubs, memberships);
    }

    @Test
    void myClubsArePagedWithTheJoinTimeAndSequenceId() throws Exception {
        Instant joined = Instant.ofEpochMilli(1614421213477L);
        given(memberships.joinedClubs(any(), isNull(), eq(10))).willReturn(List.of(new ClubMemberships.JoinedClub(
                new ClubDetails(club, null, null, true), joined, "1614421213477:" + club.clubId())));

        mvc.perform(app(get("/club").param("count", "10").param("lastId", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.page.count").value(10))
                .andExpect(jsonPath("$.result.page.lastId").doesNotExist())
                .andExpect(jsonPath("$.result.list[0].clubId").value(club.clubId()))
                .andExpect(jsonPath("$.result.list[0].createTime").value(1614421213477L))
                .andExpect(jsonPath("$.result.list[0].sequenceId").value("1614421213477:" + club.clubId()))
                .andExpect(jsonPath("$.result.list[0].clubResult.joined").value(1))
                .andExpect(jsonPath("$.result.list[0].clubResult.createTime").value(1614421213212L));
    }

    @Test
    void aCountOutsideOneToAHundredOrNotANumberIsA400() throws Exception {
        for (String count : new String[] { "0", "101", "ten" }) {
            mvc.perform(app(get("/club").param("count", count)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.count").isArray());
        }
        mvc.perform(app(get("/club")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.count").isArray());
        verifyNoInteractions(memberships);
    }

    @Test
    void aMalformedLastIdIsA400NamingIt() throws Exception {
        given(memberships.members(any(), eq(club.clubId()), eq("nonsense"), anyInt()))
                .willThrow(new InvalidInputException("lastId", "lastId不正确"));

        mvc.perform(app(get("/club/" + club.clubId() + "/member").param("count", "5").param("lastId", "nonsense")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.lastId[0]").value("lastId不正确"));
    }

    @Test
    void membersCarryTheirProfileAndHowTheViewerStandsToThemAndNoProfileWhenUnknown() throws Exception {
        ClubMember known = new ClubMember(1, 8, "8f0c2a1b3d4e5f60718293a4b5c6d7e8", Instant.ofEpochMilli(1614421213477L));
        ClubMember unknown = new ClubMember(1, 9, "9f0c2a1b3d4e5f60718293a4b5c6d7e8", Instant.ofEpochMilli(1614421213000L));
        given(memberships.members(any(), eq(club.clubId()), isNull(), eq(2))).willReturn(List.of(
                new ClubMemberships.MemberPageEntry(new MemberEntry(known, new UserSummary(8,
                        "8f0c2a1b3d4e5f60718293a4b5c6d7e8", "Toby", "https://cdn.example/a.jpg", null, null),
                        new Standing(false, true, 3)), "1614421213477:8f0c2a1b3d4e5f60718293a4b5c6d7e8"),
                new ClubMemberships.MemberPageEntry(new MemberEntry(unknown, null, Standing.NONE),
                        "1614421213000:9f0c2a1b3d4e5f60718293a4b5c6d7e8")));

        mvc.perform(app(get("/club/" + club.clubId() + "/member").param("count", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.list[0].uid").value("8f0c2a1b3d4e5f60718293a4b5c6d7e8"))
                .andExpect(jsonPath("$.result.list[0].createTime").value(1614421213477L))
                .andExpect(jsonPath("$.result.list[0].sequenceId").value("1614421213477:8f0c2a1b3d4e5f60718293a4b5c6d7e8"))
                .andExpect(jsonPath("$.result.list[0].userProfileResult.nickname").value("Toby"))
                .andExpect(jsonPath("$.result.list[0].userProfileResult.avatar").value("https://cdn.example/a.jpg"))
                .andExpect(jsonPath("$.result.list[0].userProfileResult.uid").value("8f0c2a1b3d4e5f60718293a4b5c6d7e8"))
                .andExpect(jsonPath("$.result.list[0].userProfileResult.sendCard").value(1))
                .andExpect(jsonPath("$.result.list[0].userProfileResult.cardTotal").value(3))
                .andExpect(jsonPath("$.result.list[0].userProfileResult.blocked").value(0))
                .andExpect(jsonPath("$.result.list[0].userProfileResult.bio").doesNotExist())
                .andExpect(jsonPath("$.result.list[1].uid").value("9f0c2a1b3d4e5f60718293a4b5c6d7e8"))
                .andExpect(jsonPath("$.result.list[1].userProfileResult").doesNotExist());
    }

    @Test
    void joinAnswersTheClubAndLeaveAnEmptyResult() throws Exception {
        given(memberships.join(any(), eq(club.clubId()))).willReturn(new ClubDetails(club, null, null, true));

        mvc.perform(app(post("/club/" + club.clubId() + "/join")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"ts\": 1, \"sign\": \"x\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.joined").value(1));
        mvc.perform(app(post("/club/" + club.clubId() + "/leave")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"ts\": 1, \"sign\": \"x\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.result").isEmpty());
    }

    @Test
    void theOwnerLeavingIsTheOriginalsFailureWithCodeZero() throws Exception {
        willThrow(new ConflictException("club.owner-cannot-leave", "创建人暂时无法退出圈子")).given(memberships)
                .leave(any(), eq(club.clubId()));

        mvc.perform(app(post("/club/" + club.clubId() + "/leave")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.errorCode").value(0))
                .andExpect(jsonPath("$.message").value("创建人暂时无法退出圈子"));
    }

    @Test
    void anAnonymousCallerIsRefusedInTheAppShape() throws Exception {
        mvc.perform(get("/club/" + club.clubId()).header("Authorization", TestIdentities.anonymous("app")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Forbidden"));
        verifyNoInteractions(clubs);
    }

    private static MockHttpServletRequestBuilder app(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", USER);
    }
}
