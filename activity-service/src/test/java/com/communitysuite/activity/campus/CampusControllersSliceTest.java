package com.communitysuite.activity.campus;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.communitysuite.activity.activity.Activity;
import com.communitysuite.activity.activity.CampusActivities;
import com.communitysuite.activity.activity.CampusActivityContent;
import com.communitysuite.activity.catalog.Catalog;
import com.communitysuite.activity.comment.Comments;
import com.communitysuite.activity.organization.Organizations;
import com.communitysuite.activity.participant.CampusParticipation;
import com.communitysuite.activity.people.People;
import com.communitysuite.activity.recommend.Recommender;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The campus controllers' shapes and bad input, with the application services mocked. */
@SurfaceSliceTest({ CampusActivityController.class, CampusParticipantController.class,
        CampusCommentController.class, CampusRecommendationController.class, CampusCatalogController.class })
@Import(CampusViews.class)
class CampusControllersSliceTest {

    static final String USER = TestIdentities.account(5, "uid-5", "campus");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusActivities activities;
    @MockitoBean
    CampusParticipation participation;
    @MockitoBean
    Comments comments;
    @MockitoBean
    Recommender recommender;
    @MockitoBean
    Catalog catalog;
    @MockitoBean
    People people;
    @MockitoBean
    Organizations organizations;

    static Activity activity() {
        Activity activity = Activity.campus(5, new CampusActivityContent("活动1",
                Instant.parse("2021-04-16T06:19:18Z"), Instant.parse("2021-04-16T08:19:18Z"), 100, "这个是活动描述", 1L,
                1L), null, 1, false, List.of(), ZoneId.of("Asia/Shanghai"), Instant.parse("2021-04-19T06:31:05.291480Z"));
        ReflectionTestUtils.setField(activity, "id", 1L);
        return activity;
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).header("Authorization", USER);
    }

    @Test
    void theDetailNestsOwnerCategoryAddressAndBlockInTheOriginalsTimes() throws Exception {
        given(activities.get(1)).willReturn(activity());
        given(people.byIds(any())).willReturn(Map.of(5L, new People.Person(5, "dd", "111", "1111@qq.com", "")));
        given(catalog.categoriesByIds(any())).willReturn(Map.of(1L, new Catalog.Category(1, "讲座")));
        given(catalog.addressesByIds(any())).willReturn(Map.of(1L,
                new Catalog.Address(1, "篮球场", new BigDecimal("123.123"), new BigDecimal("123.123"))));
        given(organizations.byIds(any())).willReturn(Map.of());
        given(organizations.blocks(any())).willReturn(Map.of(1L, new Organizations.Block(1, "博雅")));

        mvc.perform(get("/campus/activities/1/").header("Authorization", USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owner.name").value("dd"))
                .andExpect(jsonPath("$.owner.sign").value(""))
                .andExpect(jsonPath("$.begin_time").value("2021-04-16T14:19:18"))
                .andExpect(jsonPath("$.pub_time").value("2021-04-19T14:31:05.291480"))
                .andExpect(jsonPath("$.contain").value(100))
                .andExpect(jsonPath("$.review").value(false))
                .andExpect(jsonPath("$.type.name").value("讲座"))
                .andExpect(jsonPath("$.org").isEmpty())
                .andExpect(jsonPath("$.location.longitude").value("123.123000"))
                .andExpect(jsonPath("$.block.name").value("博雅"));
    }

    @Test
    void creationAnswersTheFlatActivityAndEveryMissingFieldAtOnce() throws Exception {
        given(activities.create(any(), any(), any())).willReturn(activity());
        mvc.perform(json(post("/campus/activities/"), """
                {"name": "活动1", "begin_time": "2021-04-16T14:19:18", "end_time": "2021-04-16T16:19:18+08:00",
                 "contain": 100, "owner": 5, "location": 1, "block": 1}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(1))
                .andExpect(jsonPath("$.owner").value(5))
                .andExpect(jsonPath("$.location").value(1))
                .andExpect(jsonPath("$.org").isEmpty());
        mvc.perform(json(post("/campus/activities/"), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.name[0]").value("该字段是必填项。"))
                .andExpect(jsonPath("$.begin_time[0]").value("该字段是必填项。"))
                .andExpect(jsonPath("$.end_time[0]").value("该字段是必填项。"))
                .andExpect(jsonPath("$.contain[0]").value("该字段是必填项。"))
                .andExpect(jsonPath("$.owner[0]").value("该字段是必填项。"))
                .andExpect(jsonPath("$.location[0]").value("该字段是必填项。"))
                .andExpect(jsonPath("$.block[0]").value("该字段是必填项。"));
    }

    @Test
    void badInputIsACampus400NeverA500() throws Exception {
        String[][] cases = {
                { "/campus/activities/", "{\"name\": [], \"begin_time\": 5, \"end_time\": \"2021-13-01T00:00:00\","
                        + " \"contain\": \"many\", \"owner\": \"x\", \"location\": 1.5, \"block\": true}" },
                { "/campus/activities/", "{\"contain\": 99999999999999999999}" },
                { "/campus/activities/", "{\"name\": \"" + "长".repeat(101) + "\"}" },
                { "/campus/activities/", "[1, 2]" },
                { "/campus/activities/", "{\"name\": " },
                { "/campus/activities/participants/", "{\"act\": \"x\", \"person\": null}" },
                { "/campus/activities/comments/", "{\"score\": \"high\", \"act\": 1, \"user\": 5}" },
                { "/campus/activities/comments/", "{\"score\": 1e40, \"act\": 1, \"user\": 5}" },
                { "/campus/activities/comments/", "{\"score\": 4.3, \"act\": 1, \"user\": 5}" },
                { "/campus/activities/categories/", "{\"name\": \"   \"}" },
                { "/campus/activities/categories/", "{\"name\": \"" + "x".repeat(51) + "\"}" },
                { "/campus/activities/addresses/", "{\"name\": \"a\", \"longitude\": \"12345.1\", \"latitude\": 1}" },
                { "/campus/userActRelation/", "{\"user\": {}, \"act\": 1}" },
        };
        for (String[] bad : cases) {
            mvc.perform(json(post(bad[0]), bad[1])).andExpect(status().isBadRequest());
        }
        mvc.perform(json(put("/campus/activities/1/"), "{\"name\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.begin_time[0]").value("该字段是必填项。"));
        mvc.perform(json(put("/campus/activities/comments/1/"), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.score[0]").value("该字段是必填项。"));
        mvc.perform(delete("/campus/activities/participants/").param("person", "x").param("act", "1")
                .header("Authorization", USER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.person[0]").value("请填写合法的整数值。"));
        mvc.perform(get("/campus/activities/abc/").header("Authorization", USER))
                .andExpect(status().is4xxClientError());
        for (String path : new String[] { "/campus/activities/99999999999999999999/",
                "/campus/activities/comments/99999999999999999999/",
                "/campus/recommended/activities/99999999999999999999",
                "/campus/user/joined_acts/cur/99999999999999999999/" }) {
            mvc.perform(get(path).header("Authorization", USER)).andExpect(status().is4xxClientError());
        }
        mvc.perform(json(put("/campus/activities/categories/1/"), "\"name\""))
                .andExpect(status().is4xxClientError());
        mvc.perform(json(put("/campus/activities/1/applications/2/"), "{\"approved\": null}"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(activities, comments, catalog);
    }

    @Test
    void joinRefusalsAreTheOriginalsDetails() throws Exception {
        given(participation.join(any(), anyLong(), anyLong()))
                .willThrow(new InvalidInputException("detail", CampusParticipation.ALREADY_JOINED))
                .willThrow(new ConflictException("participant.full", CampusParticipation.FULL))
                .willReturn(new CampusParticipation.Joined(7, true));
        String body = "{\"act\": 3, \"person\": 5}";
        mvc.perform(json(post("/campus/activities/participants/"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail[0]").value("不可重复加入活动。"));
        mvc.perform(json(post("/campus/activities/participants/"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("活动人数已满。"));
        mvc.perform(json(post("/campus/activities/participants/"), body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.act").value(3))
                .andExpect(jsonPath("$.person").value(5))
                .andExpect(jsonPath("$.underReview").value(true));
        given(participation.count(3)).willReturn(2);
        mvc.perform(get("/campus/activities/joined_numbers/3/").header("Authorization", USER))
                .andExpect(jsonPath("$.number").value(2));
    }

    @Test
    void aUsersMissingCommentIsTheOriginals404() throws Exception {
        given(comments.of(3, 5)).willReturn(Optional.empty());
        mvc.perform(get("/campus/activities/3/users/5/comments/").header("Authorization", USER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.id").value(-1));
    }

    @Test
    void superUserOnlyEndpointsRefuseUsersAndAnonymousCallersAreRefused() throws Exception {
        mvc.perform(get("/campus/activities/comments/").header("Authorization", USER))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/campus/activities/categories/1/"), "{\"name\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/campus/activities/addresses/1/").header("Authorization", USER))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campus/activities/").header("Authorization", TestIdentities.anonymous("campus")))
                .andExpect(status().is4xxClientError());
        verifyNoInteractions(catalog, comments, activities);
    }
}
