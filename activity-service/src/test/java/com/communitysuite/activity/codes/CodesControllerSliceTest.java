package com.communitysuite.activity.codes;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.activity.participant.Participants;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The request-code protocol's codes for every outcome, at either path, as JSON or as a form. */
@SurfaceSliceTest(CodesController.class)
class CodesControllerSliceTest {

    static final String USER = TestIdentities.bearer(SuiteIdentity.account(7, "uid-7", null, "codes", Set.of("user"),
            Map.of()));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CodesActivities activities;
    @MockitoBean
    Participants participants;

    @Test
    void theFirstRequestAnswers10313WithAnUploadUrlPerImageAtEitherPath() throws Exception {
        given(activities.create(eq(7L), eq("周末徒步"), eq(List.of("a.png", "b.jpg")))).willReturn(
                new CodesActivities.Created(2, List.of(URI.create("https://up/1"), URI.create("https://up/2"))));

        for (String path : List.of("/activity/create", "/activity/join/")) {
            mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).header("Authorization", USER).content("""
                    {"type": "10301", "username": "13900000000", "auth_key": "k", "title": "周末徒步",
                     "images": ["a.png", "b.jpg"]}"""))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.code").value("10313"))
                    .andExpect(jsonPath("$.contents.image_token[1]").value("https://up/2"))
                    .andExpect(jsonPath("$.contents.acID").value(2));
        }
    }

    @Test
    void anExistingTitleIs10312AndBadInputTheTypesServerErrorCode() throws Exception {
        given(activities.create(anyLong(), any(), anyList())).willThrow(
                new ConflictException(CodesActivities.TITLE_EXISTS, "该活动已经存在"));
        mvc.perform(post("/activity/create").contentType(MediaType.APPLICATION_JSON).header("Authorization", USER)
                .content("{\"type\":\"10301\",\"title\":\"x\",\"images\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("10312"))
                .andExpect(jsonPath("$.contents.detail").value("该活动已经存在"));

        mvc.perform(post("/activity/create").contentType(MediaType.APPLICATION_JSON).header("Authorization", USER)
                .content("{\"type\":\"10301\",\"title\":\"x\",\"images\":\"a.png\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("10319"))
                .andExpect(jsonPath("$.contents.errors.images").isArray());
    }

    @Test
    void publishingAnswers10323AndItsRefusalsTheirCodes() throws Exception {
        String body = "{\"type\":10302,\"acid\":\"2\",\"actitle\":\"t\"}";
        mvc.perform(post("/activity/join").contentType(MediaType.APPLICATION_JSON).header("Authorization", USER)
                .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("10323"))
                .andExpect(jsonPath("$.contents.acID").value(2));

        willThrow(new NotAllowedException("activity.not-owner", "该活动未授权")).given(activities)
                .publish(eq(7L), eq(2L), any());
        mvc.perform(post("/activity/create").contentType(MediaType.APPLICATION_JSON).header("Authorization", USER)
                .content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("10321"));

        willThrow(new InvalidInputException("content", "has 20 to 4096 characters")).given(activities)
                .publish(eq(7L), eq(2L), any());
        mvc.perform(post("/activity/create").contentType(MediaType.APPLICATION_JSON).header("Authorization", USER)
                .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("10322"))
                .andExpect(jsonPath("$.contents.errors.content").isArray());
    }

    @Test
    void joiningAnswersEachOfTheDocumentsCodes() throws Exception {
        given(participants.join(5, 7)).willReturn(new Participants.Joined(5, 3));
        join("{\"type\":\"10305\",\"acid\":\"5\",\"registerid\":\"13900000000\",\"username\":\"13900000000\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("10352"))
                .andExpect(jsonPath("$.contents.joined").value(3));

        given(participants.join(5, 7)).willThrow(new ConflictException(Participants.ALREADY_JOINED, "已报名"));
        join("{\"type\":\"10305\",\"acid\":5}").andExpect(jsonPath("$.code").value("10351"));

        given(participants.join(6, 7)).willThrow(new ConflictException(Participants.FULL, "报名人数已满"));
        join("{\"type\":\"10305\",\"acid\":6}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("10353"));

        given(participants.join(8, 7)).willThrow(new NotFoundException(Participants.NOT_FOUND, "该活动不存在或未发布"));
        join("{\"type\":\"10305\",\"acid\":8}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("10359"));

        given(participants.join(9, 7)).willThrow(new IllegalStateException("database gone"));
        join("{\"type\":\"10305\",\"acid\":9}").andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("10359"));
    }

    @Test
    void oneCanOnlyJoinAsOneself() throws Exception {
        join("{\"type\":\"10305\",\"acid\":\"5\",\"registerid\":\"8\",\"username\":\"13900000000\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("10359"));
        join("{\"type\":\"10305\",\"acid\":\"five\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.contents.errors.acid").isArray());
        verifyNoInteractions(participants);
    }

    @Test
    void cancellingAnswers10361Or10362AndFormsAreAccepted() throws Exception {
        given(participants.leave(5, 7, 7)).willReturn(new Participants.Joined(5, 2));
        mvc.perform(post("/activity/join").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("Authorization", USER).content("type=10306&acid=5&registerid=7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("10361"));

        given(participants.leave(6, 7, 7)).willThrow(new ConflictException(Participants.NOT_JOINED, "未报名该活动"));
        join("{\"type\":\"10306\",\"acid\":\"6\"}").andExpect(jsonPath("$.code").value("10362"));
    }

    @Test
    void anUnknownTypeMalformedJsonAndAMissingIdentityAreRefusedInTheProtocolsShape() throws Exception {
        join("{\"type\":\"10399\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("400"))
                .andExpect(jsonPath("$.contents.errors.type").isArray());
        join("{\"type\": ").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").isString());
        mvc.perform(post("/activity/join").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", TestIdentities.anonymous("codes")).content("{\"type\":\"10302\",\"acid\":1}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("10320"));
        mvc.perform(post("/activity/join").contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"10305\"}"))
                .andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.ResultActions join(String json) throws Exception {
        return mvc.perform(post("/activity/join").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", USER).content(json));
    }
}
