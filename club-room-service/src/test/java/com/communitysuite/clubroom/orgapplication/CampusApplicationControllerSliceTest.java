package com.communitysuite.clubroom.orgapplication;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
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
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.clubroom.block.Block;
import com.communitysuite.clubroom.orgapplication.OrganizationApplications.ApplicationDetails;
import com.communitysuite.clubroom.orgapplication.OrganizationApplications.Decision;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.clubroom.support.CampusIdentities;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.test.SurfaceSliceTest;

/** Campus organization applications: shapes, status codes, bad input and the original's texts. */
@SurfaceSliceTest(CampusApplicationController.class)
class CampusApplicationControllerSliceTest {

    /** 2021-04-15T11:26:32.396852 in Shanghai. */
    private static final Instant SUBMITTED = Instant.parse("2021-04-15T03:26:32.396852Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    OrganizationApplications applications;

    @Test
    void aSubmissionIsAcceptedWith202AndAnsweredFlat() throws Exception {
        given(applications.submit(any(), eq("test组织"), eq("我的申请理由"), eq(7L), eq(1L)))
                .willReturn(application(4));

        mvc.perform(post("/campus/organizations/applications/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"test组织\", \"description\": \"我的申请理由\", \"user\": 7, \"block\": 1}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value(4))
                .andExpect(jsonPath("$.name").value("test组织"))
                .andExpect(jsonPath("$.description").value("我的申请理由"))
                .andExpect(jsonPath("$.pub_time").value("2021-04-15T11:26:32.396852"))
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.user").value(7))
                .andExpect(jsonPath("$.block").value(1));
    }

    @Test
    void everyMissingOrBlankFieldIsNamedAtOnce() throws Exception {
        mvc.perform(post("/campus/organizations/applications/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\", \"block\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.name[0]").value("该字段不能为空。"))
                .andExpect(jsonPath("$.description[0]").value("该字段是必填项。"))
                .andExpect(jsonPath("$.user[0]").value("该字段是必填项。"))
                .andExpect(jsonPath("$.block").doesNotExist());
        verifyNoInteractions(applications);
    }

    @Test
    void aNameTakenByAnOrganizationOrAPendingApplication() throws Exception {
        given(applications.submit(any(), eq("组织1"), any(), anyLong(), anyLong())).willThrow(
                new InvalidInputException("organization-application.pending", "name", "已经存在该名称组织的申请。"));

        mvc.perform(post("/campus/organizations/applications/").header("Authorization", CampusIdentities.USER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"组织1\", \"description\": \"理由\", \"user\": 7, \"block\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.name[0]").value("已经存在该名称组织的申请。"));
    }

    @Test
    void applicationsAreShownWithUserAndBlockNestedAlsoAtTheMisspeltPath() throws Exception {
        given(applications.all()).willReturn(List.of(details(1), details(2)));
        given(applications.of(any(), eq(7L))).willReturn(List.of(details(1)));
        given(applications.get(any(), eq(2L))).willReturn(details(2));

        for (String path : new String[] { "/campus/organizations/applications/", "/campus/organizaitons/applications/" }) {
            mvc.perform(get(path).header("Authorization", CampusIdentities.SUPER_USER))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[1].id").value(2))
                    .andExpect(jsonPath("$[1].user.id").value(7))
                    .andExpect(jsonPath("$[1].user.name").value("用户1"))
                    .andExpect(jsonPath("$[1].user.avatar").isEmpty())
                    .andExpect(jsonPath("$[1].block.name").value("博雅"));
        }
        mvc.perform(get("/campus/users/organizations/applications/7").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value(0));
        mvc.perform(get("/campus/organizations/applications/2").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pub_time").value("2021-04-15T11:26:32.396852"));
    }

    @Test
    void allApplicationsAreForSuperUsers() throws Exception {
        mvc.perform(get("/campus/organizations/applications/").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您没有执行该操作的权限。"));
        verifyNoInteractions(applications);
    }

    @Test
    void approvalAnswers201AndRejection200() throws Exception {
        given(applications.verify(any(), eq(4L), eq(true))).willReturn(new Decision(1, 9L));
        given(applications.verify(any(), eq(5L), eq(false))).willReturn(new Decision(2, null));

        mvc.perform(put("/campus/organizations/applications/verifications/4/")
                .header("Authorization", CampusIdentities.SUPER_USER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": 1}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(put("/campus/organizations/applications/verifications/5/")
                .header("Authorization", CampusIdentities.SUPER_USER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"2\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(2));
    }

    @Test
    void aStatusOtherThanOneOrTwoOrNoneIsA400UnderStatus() throws Exception {
        for (String[] c : new String[][] { { "{\"status\": 5}", "“5” 不是合法选项。" },
                { "{\"status\": 0}", "“0” 不是合法选项。" }, { "{}", "该字段是必填项。" } }) {
            mvc.perform(put("/campus/organizations/applications/verifications/4/")
                    .header("Authorization", CampusIdentities.SUPER_USER).contentType(MediaType.APPLICATION_JSON)
                    .content(c[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status[0]").value(c[1]));
        }
        mvc.perform(put("/campus/organizations/applications/verifications/4/")
                .header("Authorization", CampusIdentities.USER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": 1}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(applications);
    }

    @Test
    void anApplicationAlreadyVerifiedIsTheOriginalsDetailList() throws Exception {
        given(applications.verify(any(), eq(4L), eq(true))).willThrow(new InvalidInputException(
                "organization-application.already-verified", "detail", "该组织申请已审批。"));

        mvc.perform(put("/campus/organizations/applications/verifications/4/")
                .header("Authorization", CampusIdentities.SUPER_USER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail[0]").value("该组织申请已审批。"));
    }

    @Test
    void deletingAnswers204() throws Exception {
        mvc.perform(delete("/campus/organizations/applications/4").header("Authorization", CampusIdentities.USER))
                .andExpect(status().isNoContent());
        verify(applications).delete(any(), eq(4L));
    }

    private static OrganizationApplication application(long id) {
        OrganizationApplication application = new OrganizationApplication(id == 4 ? "test组织" : "组织" + id,
                id == 4 ? "我的申请理由" : "理由", 7, 1, SUBMITTED);
        ReflectionTestUtils.setField(application, "id", id);
        return application;
    }

    private static ApplicationDetails details(long id) {
        Block block = BeanUtils.instantiateClass(Block.class);
        ReflectionTestUtils.setField(block, "id", 1L);
        ReflectionTestUtils.setField(block, "name", "博雅");
        return new ApplicationDetails(application(id), new UserSummary(7, "u7", "用户1", null, null, null), block);
    }
}
