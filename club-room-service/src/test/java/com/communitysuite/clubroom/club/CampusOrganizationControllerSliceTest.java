package com.communitysuite.clubroom.club;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

import com.communitysuite.clubroom.block.Block;
import com.communitysuite.clubroom.club.Clubs.OrganizationDraft;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.clubroom.support.CampusIdentities;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.test.SurfaceSliceTest;

/** Campus organizations: the document's flat and nested shapes, its errors, and who may do what. */
@SurfaceSliceTest(CampusOrganizationController.class)
class CampusOrganizationControllerSliceTest {

    /** 2021-04-15T14:19:18.881913 in Shanghai. */
    static final Instant CREATED = Instant.parse("2021-04-15T06:19:18.881913Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Clubs clubs;
    @MockitoBean
    ClubMemberships memberships;

    @Test
    void aSuperUserCreatesAnOrganizationAndGetsItFlat() throws Exception {
        given(clubs.createOrganization(any(), eq(new OrganizationDraft("新组织1", null, null, 1, 5))))
                .willReturn(details(1, "新组织1", 5));

        mvc.perform(post("/campus/organizations/").header("Authorization", CampusIdentities.SUPER_USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"新组织1\", \"owner\": 5, \"block\": 1}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(1))
                .andExpect(jsonPath("$.name").value("新组织1"))
                .andExpect(jsonPath("$.description").isEmpty())
                .andExpect(jsonPath("$.create_time").value("2021-04-15T14:19:18.881000"))
                .andExpect(jsonPath("$.avatar").isEmpty())
                .andExpect(jsonPath("$.owner").value(5))
                .andExpect(jsonPath("$.block").value(1));
    }

    @Test
    void creatingNeedsNameOwnerAndBlockAndIsForSuperUsersOnly() throws Exception {
        mvc.perform(post("/campus/organizations/").header("Authorization", CampusIdentities.SUPER_USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"owner\": 5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.name[0]").value("该字段是必填项。"))
                .andExpect(jsonPath("$.block[0]").value("该字段是必填项。"))
                .andExpect(jsonPath("$.owner").doesNotExist());
        mvc.perform(post("/campus/organizations/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"owner\": 5, \"block\": 1}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(clubs);
    }

    @Test
    void aTakenNameIsTheOriginalsUniqueError() throws Exception {
        given(clubs.createOrganization(any(), any())).willThrow(new InvalidInputException("organization.name-taken",
                "name", "具有 组织名称 的 organization 已存在。"));

        mvc.perform(post("/campus/organizations/").header("Authorization", CampusIdentities.SUPER_USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"新组织1\", \"owner\": 5, \"block\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.name[0]").value("具有 组织名称 的 organization 已存在。"));
    }

    @Test
    void oneOrganizationHasItsOwnerAndBlockNested() throws Exception {
        given(clubs.organization(1)).willReturn(details(1, "新组织1", 5));

        mvc.perform(get("/campus/organizations/1/").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(1))
                .andExpect(jsonPath("$.owner.id").value(5))
                .andExpect(jsonPath("$.owner.name").value("dd"))
                .andExpect(jsonPath("$.owner.avatar").value("111"))
                .andExpect(jsonPath("$.owner.email").value("1111@qq.com"))
                .andExpect(jsonPath("$.owner.sign").value(""))
                .andExpect(jsonPath("$.block.id").value(1))
                .andExpect(jsonPath("$.block.name").value("博雅"));
    }

    @Test
    void anUnknownOrganizationIsA404() throws Exception {
        given(clubs.organization(9)).willThrow(new NotFoundException("organization.not-found", "未找到。"));

        mvc.perform(get("/campus/organizations/9/").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到。"));
    }

    @Test
    void listsArePlainArraysOrPages() throws Exception {
        given(clubs.organizations()).willReturn(List.of(details(1, "a", 5), details(2, "b", 5)));
        given(clubs.organizationsOfBlock(1)).willReturn(List.of(details(1, "a", 5), details(2, "b", 5)));

        mvc.perform(get("/campus/organizations/").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].name").value("b"))
                .andExpect(jsonPath("$[1].owner.id").value(5));
        mvc.perform(get("/campus/blocks/organizations/1/").param("limit", "1").param("offset", "1")
                .header("Authorization", CampusIdentities.USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.next").doesNotExist())
                .andExpect(jsonPath("$.previous").value("http://localhost/campus/blocks/organizations/1/?limit=1"))
                .andExpect(jsonPath("$.results[0].name").value("b"));
    }

    @Test
    void anEditNeedsANameAndAnswersTheOrganizationNested() throws Exception {
        given(clubs.edit(any(), eq(1L), eq("组织"), eq("我是描述"), eq("我是图片链接")))
                .willReturn(details(1, "组织", 5));

        mvc.perform(put("/campus/organizations/1/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"组织\", \"description\": \"我是描述\", \"avatar\": \"我是图片链接\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("组织"))
                .andExpect(jsonPath("$.owner.id").value(5));
        mvc.perform(put("/campus/organizations/1/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"description\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.name[0]").value("该字段是必填项。"));
        mvc.perform(put("/campus/organizations/1/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.name[0]").value("该字段不能为空。"));
    }

    @Test
    void aStrangersEditOrDeleteIsRefusedWith403() throws Exception {
        given(clubs.edit(any(), eq(1L), any(), any(), any()))
                .willThrow(new NotAllowedException("club.not-allowed", "您没有执行该操作的权限。"));
        willThrow(new NotAllowedException("club.not-allowed", "您没有执行该操作的权限。")).given(clubs)
                .delete(any(), eq(1L));

        mvc.perform(put("/campus/organizations/1/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"组织\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您没有执行该操作的权限。"));
        mvc.perform(delete("/campus/organizations/1/").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTransferAnswersTheNewOwnerAndNeedsOne() throws Exception {
        given(clubs.transfer(any(), eq(3L), eq(6L))).willReturn(6L);

        mvc.perform(post("/campus/organizations/owner/3").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"owner\": 6}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value(6));
        mvc.perform(post("/campus/organizations/owner/3/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.owner[0]").value("该字段是必填项。"));
    }

    @Test
    void theRelationOfAUserToAnOrganization() throws Exception {
        given(memberships.relation(any(), eq(7L), eq(233L)))
                .willReturn(new ClubMemberships.Relation(true, false, true));
        given(memberships.relation(any(), eq(7L), eq(234L)))
                .willThrow(new NotFoundException("organization.not-found", "未找到组织"));

        mvc.perform(post("/campus/userOrgRelation/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"user\": 7, \"org\": 233}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.isFollower").value(true))
                .andExpect(jsonPath("$.isOwner").value(false))
                .andExpect(jsonPath("$.isManager").value(true));
        mvc.perform(post("/campus/userOrgRelation/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"user\": 7, \"org\": 234}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到组织"));
    }

    static ClubDetails details(long id, String name, long owner) {
        Club club = Club.organization(name, null, null, 1, owner, "u" + owner, CREATED);
        ReflectionTestUtils.setField(club, "id", id);
        Block block = (Block) org.springframework.beans.BeanUtils.instantiateClass(Block.class);
        ReflectionTestUtils.setField(block, "id", 1L);
        ReflectionTestUtils.setField(block, "name", "博雅");
        return new ClubDetails(club, new UserSummary(owner, "u" + owner, "dd", "111", "", "1111@qq.com"), block,
                false);
    }
}
