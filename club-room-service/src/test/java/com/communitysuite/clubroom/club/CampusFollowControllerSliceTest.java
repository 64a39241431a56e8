package com.communitysuite.clubroom.club;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.clubroom.support.CampusIdentities;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.test.SurfaceSliceTest;

/** Campus follows and managers: shapes, query parameters, the original's errors. */
@SurfaceSliceTest(CampusFollowController.class)
class CampusFollowControllerSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ClubMemberships memberships;

    @Test
    void followingAnswers201WithTheFollow() throws Exception {
        given(memberships.follow(any(), eq(3L), eq(7L))).willReturn(membership(1, 3, 7));

        mvc.perform(post("/campus/users/followed_organizations/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"org\": 3, \"person\": 7}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(1))
                .andExpect(jsonPath("$.org").value(3))
                .andExpect(jsonPath("$.person").value(7));
    }

    @Test
    void theOriginalsErrorsForAFollow() throws Exception {
        given(memberships.follow(any(), eq(3L), eq(7L))).willThrow(new InvalidInputException(
                "organization.already-followed", "non_field_errors", "已关注该组织。"));
        given(memberships.follow(any(), eq(4L), eq(7L))).willThrow(new InvalidInputException(
                "organization.org-unknown", "org", "无效主键 “4” - 对象不存在。"));
        given(memberships.follow(any(), eq(3L), eq(8L)))
                .willThrow(new NotAllowedException("caller.not-self", "您没有执行该操作的权限。"));

        mvc.perform(post("/campus/users/followed_organizations/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"org\": 3, \"person\": 7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.non_field_errors[0]").value("已关注该组织。"));
        mvc.perform(post("/campus/users/followed_organizations/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"org\": 4, \"person\": 7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.org[0]").value("无效主键 “4” - 对象不存在。"));
        mvc.perform(post("/campus/users/followed_organizations/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"org\": 3, \"person\": 8}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/campus/users/followed_organizations/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"org\": 3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.person[0]").value("该字段是必填项。"));
    }

    @Test
    void unfollowingTakesUserAndOrgFromTheQueryAndAnswers204() throws Exception {
        mvc.perform(delete("/campus/users/followed_organizations/").param("user", "7").param("org", "3")
                .header("Authorization", CampusIdentities.USER))
                .andExpect(status().isNoContent());
        verify(memberships).unfollow(any(), eq(3L), eq(7L));
    }

    @Test
    void missingOrNonNumericQueryIdsAre400sNamingThem() throws Exception {
        mvc.perform(delete("/campus/users/followed_organizations/").param("org", "3")
                .header("Authorization", CampusIdentities.USER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.user[0]").value("该字段是必填项。"));
        mvc.perform(delete("/campus/organizations/managers/").param("org", "x").param("user", "7")
                .header("Authorization", CampusIdentities.USER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.org[0]").value("请填写合法的整数值。"));
        verifyNoInteractions(memberships);
    }

    @Test
    void theOwnerCannotUnfollowTheirOrganization() throws Exception {
        willThrow(new ConflictException("club.owner-cannot-leave", "创建人暂时无法退出圈子")).given(memberships)
                .unfollow(any(), eq(3L), eq(7L));

        mvc.perform(delete("/campus/users/followed_organizations/").param("user", "7").param("org", "3")
                .header("Authorization", CampusIdentities.USER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("创建人暂时无法退出圈子"));
    }

    @Test
    void followedAndManagedOrganizationsAreWrappedUnderOrg() throws Exception {
        given(memberships.followedBy(any(), eq(7L))).willReturn(List.of(
                CampusOrganizationControllerSliceTest.details(3, "组织", 7)));
        given(memberships.managedBy(any(), eq(7L))).willReturn(List.of(
                CampusOrganizationControllerSliceTest.details(3, "组织", 7),
                CampusOrganizationControllerSliceTest.details(4, "组织5", 7)));

        mvc.perform(get("/campus/users/followed_organizations/7/").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].org.id").value(3))
                .andExpect(jsonPath("$[0].org.owner.id").value(7))
                .andExpect(jsonPath("$[0].org.block.name").value("博雅"));
        mvc.perform(get("/campus/users/managed_organizations/7/").param("limit", "1")
                .header("Authorization", CampusIdentities.USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.results[0].org.name").value("组织"));
    }

    @Test
    void managersAreAddedWith201AndListedUnderPerson() throws Exception {
        given(memberships.addManager(any(), eq(3L), eq(5L))).willReturn(membership(2, 3, 5));
        given(memberships.managersOf(3)).willReturn(List.of(new UserSummary(6, "u6", "myname", "asdfa", "this is my sign",
                "adfasdf@qq.com")));
        given(memberships.addManager(any(), eq(3L), eq(6L))).willThrow(new InvalidInputException(
                "organization.already-manager", "non_field_errors", "该用户已是此组织管理员。"));

        mvc.perform(post("/campus/organizations/managers/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"org\": 3, \"person\": 5}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(2))
                .andExpect(jsonPath("$.org").value(3))
                .andExpect(jsonPath("$.person").value(5));
        mvc.perform(post("/campus/organizations/managers/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"org\": 3, \"person\": 6}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.non_field_errors[0]").value("该用户已是此组织管理员。"));
        mvc.perform(get("/campus/organizations/managers/3/").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].person.id").value(6))
                .andExpect(jsonPath("$[0].person.name").value("myname"))
                .andExpect(jsonPath("$[0].person.sign").value("this is my sign"))
                .andExpect(jsonPath("$[0].person.email").value("adfasdf@qq.com"));
    }

    @Test
    void removingAManagerAnswers204() throws Exception {
        mvc.perform(delete("/campus/organizations/managers/").param("user", "5").param("org", "3")
                .header("Authorization", CampusIdentities.USER))
                .andExpect(status().isNoContent());
        verify(memberships).removeManager(any(), eq(3L), eq(5L));
    }

    static ClubMember membership(long id, long club, long person) {
        ClubMember member = new ClubMember(club, person, "u" + person, Instant.now());
        ReflectionTestUtils.setField(member, "id", id);
        return member;
    }
}
