package com.communitysuite.activity.activity;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.activity.collection.ActivityCollections;
import com.communitysuite.activity.collection.MpCollectionController;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The mp activity controllers' shapes, role checks and bad input, with the application services mocked. */
@SurfaceSliceTest({ MpActivityController.class, MpCollectionController.class })
class MpActivityControllerSliceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    MpActivities activities;
    @MockitoBean
    MpActivityQueries queries;
    @MockitoBean
    ActivityCollections collections;

    @BeforeEach
    void today() {
        given(queries.today()).willReturn(TODAY);
    }

    static String caller(int activityLevel) {
        return TestIdentities.bearer(SuiteIdentity.account(40L + activityLevel, "uid-" + activityLevel, null, "mp",
                Set.of("user"), Map.of("level", 1, "activity_level", activityLevel)));
    }

    static Activity published(long id) {
        Activity activity = Activity.mpDraft(12, new MpActivityContent("开源之夏", TODAY.plusDays(1), TODAY.plusDays(2),
                1, 3, "北京", "海淀", new BigDecimal("116.3"), new BigDecimal("39.98765"), "https://r.example",
                "https://o.example", "简介", 2, "[[]]"), Instant.now());
        ReflectionTestUtils.setField(activity, "id", id);
        ReflectionTestUtils.setField(activity, "status", ActivityStatus.PUBLISHED);
        ReflectionTestUtils.setField(activity, "wxCode", "https://objects.example/activity/" + id + "/wx_code.png");
        return activity;
    }

    @Test
    void anAnonymousCallerGetsThePublicListInTheDocumentsPageShape() throws Exception {
        given(queries.published(isNull(), eq(MpPhaseFilter.REGISTERING), eq(2), eq(1), eq(10)))
                .willReturn(new MpActivityQueries.Slice(List.of(published(21)), 31));
        given(collections.collectionIds(isNull(), any())).willReturn(Map.of());

        mvc.perform(get("/mp/activities/").param("activity_status", "registering").param("activity_category", "2")
                .header("Authorization", TestIdentities.anonymous("mp")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(31))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.data[0].id").value(21))
                .andExpect(jsonPath("$.data[0].collection_id").isEmpty())
                .andExpect(jsonPath("$.data[0].title").value("开源之夏"))
                .andExpect(jsonPath("$.data[0].start_date").value("2026-12-11"))
                .andExpect(jsonPath("$.data[0].activity_type").value(3))
                .andExpect(jsonPath("$.data[0].activity_category").value(1))
                .andExpect(jsonPath("$.data[0].register_method").value(2))
                .andExpect(jsonPath("$.data[0].longitude").value("116.30000"))
                .andExpect(jsonPath("$.data[0].latitude").value("39.98765"))
                .andExpect(jsonPath("$.data[0].schedules").value("[[]]"))
                .andExpect(jsonPath("$.data[0].status").value(3))
                .andExpect(jsonPath("$.data[0].user").value(12))
                .andExpect(jsonPath("$.data[0].replay_url").isEmpty());
    }

    @Test
    void theDetailCarriesTheCallersCollectionAndTheMiniProgramCode() throws Exception {
        given(queries.published(21L)).willReturn(published(21));
        given(collections.collectionIds(eq(42L), eq(List.of(21L)))).willReturn(Map.of(21L, 88L));

        mvc.perform(get("/mp/activity/21").header("Authorization", caller(2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.collection_id").value(88))
                .andExpect(jsonPath("$.wx_code").value("https://objects.example/activity/21/wx_code.png"))
                .andExpect(jsonPath("$.sign_url").isEmpty());
    }

    @Test
    void aMissingActivityIsTheOriginals404() throws Exception {
        given(queries.published(9L)).willThrow(new NotFoundException("activity.not-found", "Not found."));

        mvc.perform(get("/mp/activity/9/").header("Authorization", TestIdentities.anonymous("mp")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Not found."));
    }

    @Test
    void creatingNeedsASponsorOrAnActivityAdmin() throws Exception {
        given(activities.create(any(), any(), anyBoolean())).willReturn(5L);

        mvc.perform(post("/mp/activity/").contentType(MediaType.APPLICATION_JSON).content("{}")
                .header("Authorization", caller(1)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").isString());
        mvc.perform(post("/mp/activity/").contentType(MediaType.APPLICATION_JSON).content("{}")
                .header("Authorization", TestIdentities.anonymous("mp")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/mp/activity/").param("publish", "TRUE").contentType(MediaType.APPLICATION_JSON)
                .content("{}").header("Authorization", caller(2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.msg").value("The event application was published successfully"))
                .andExpect(jsonPath("$.access").value(""))
                .andExpect(jsonPath("$.id").value(5));
    }

    @Test
    void aRuleViolationAnswersTheOriginalsTextAndNamesTheField() throws Exception {
        given(activities.create(any(), any(), anyBoolean()))
                .willThrow(new InvalidInputException("start_date", "开始时间应大于当前时间"));

        mvc.perform(post("/mp/activity").contentType(MediaType.APPLICATION_JSON).content("{\"start_date\":\"2020-01-01\"}")
                .header("Authorization", caller(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("开始时间应大于当前时间"))
                .andExpect(jsonPath("$.start_date[0]").value("开始时间应大于当前时间"));
    }

    @Test
    void malformedJsonAWrongPublishFlagAndAWrongPathIdAre400s() throws Exception {
        mvc.perform(post("/mp/activity").contentType(MediaType.APPLICATION_JSON).content("{\"title\": ")
                .header("Authorization", caller(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").isString());
        mvc.perform(post("/mp/activity").param("publish", "yes").contentType(MediaType.APPLICATION_JSON)
                .content("{}").header("Authorization", caller(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("参数无效"))
                .andExpect(jsonPath("$.publish").isArray());
        mvc.perform(put("/mp/draftupdate/abc").contentType(MediaType.APPLICATION_JSON).content("{}")
                .header("Authorization", caller(2)))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/mp/activityupdate/99999999999999999999").contentType(MediaType.APPLICATION_JSON)
                .content("{}").header("Authorization", caller(2)))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/mp/activityupdate/3").contentType(MediaType.APPLICATION_JSON)
                .content("{\"replay_url\": 5}").header("Authorization", caller(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.replay_url").isArray());
        verifyNoInteractions(activities);
    }

    @Test
    void reviewIsForActivityAdminsOnly() throws Exception {
        mvc.perform(put("/mp/activity/action/approve/3/").header("Authorization", caller(2)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mp/waitingactivities/").header("Authorization", caller(2)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/mp/activity/action/deny/3/").header("Authorization", caller(3)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.msg").value("Event application has been rejected"));
    }

    @Test
    void aRefusedTransitionIsTheOriginalsInformationChanged() throws Exception {
        willThrow(new ConflictException("activity.transition-refused", "信息发生变化，请刷新后重试"))
                .given(activities).approve(any(), anyLong());

        mvc.perform(put("/mp/activity/action/approve/3").header("Authorization", caller(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("信息发生变化，请刷新后重试"));
    }

    @Test
    void takingDownAnswersTheDocumentsCode204() throws Exception {
        mvc.perform(put("/mp/activity/action/del/3").header("Authorization", caller(2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(204))
                .andExpect(jsonPath("$.msg").value("Activity deleted successfully"));
    }

    @Test
    void listFiltersAndPagesOutOfRangeAre400s() throws Exception {
        mvc.perform(get("/mp/activities").param("activity_category", "x")
                .header("Authorization", TestIdentities.anonymous("mp")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.activity_category").isArray());
        mvc.perform(get("/mp/recentactivities").param("page", "0")
                .header("Authorization", TestIdentities.anonymous("mp")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theCountsAreABareObject() throws Exception {
        Map<MpPhaseFilter, Long> counts = new EnumMap<>(MpPhaseFilter.class);
        counts.put(MpPhaseFilter.ANY, 7L);
        counts.put(MpPhaseFilter.REGISTERING, 5L);
        counts.put(MpPhaseFilter.GOING, 1L);
        counts.put(MpPhaseFilter.COMPLETED, 2L);
        given(queries.counts(isNull(), isNull())).willReturn(counts);

        mvc.perform(get("/mp/countactivities/").header("Authorization", TestIdentities.anonymous("mp")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.all_activities_count").value(7))
                .andExpect(jsonPath("$.registering_activities_count").value(5))
                .andExpect(jsonPath("$.going_activities_count").value(1))
                .andExpect(jsonPath("$.completed_activities_count").value(2));
    }

    @Test
    void collectingNeedsAnAccountAndAnIntegerActivity() throws Exception {
        given(collections.collect(anyLong(), anyLong())).willReturn(88L);

        mvc.perform(post("/mp/activity/action/collect/").contentType(MediaType.APPLICATION_JSON)
                .content("{\"activity\": 21}").header("Authorization", TestIdentities.anonymous("mp")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/mp/activity/action/collect/").contentType(MediaType.APPLICATION_JSON)
                .content("{\"activity\": \"21\"}").header("Authorization", caller(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("参数无效"));
        mvc.perform(post("/mp/activity/action/collect/").contentType(MediaType.APPLICATION_JSON)
                .content("{\"activity\": 21}").header("Authorization", caller(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.msg").value("Collection activity"))
                .andExpect(jsonPath("$.collection_id").value(88));
        mvc.perform(delete("/mp/activity/action/collectdel/x/").header("Authorization", caller(1)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theCallersCollectionsArePaged() throws Exception {
        given(collections.collectedBy(41L, 2, 5)).willReturn(new MpActivityQueries.Slice(List.of(published(21)), 6));
        given(collections.collectionIds(eq(41L), any())).willReturn(Map.of(21L, 88L));

        mvc.perform(get("/mp/activitycollections/").param("page", "2").param("size", "5")
                .header("Authorization", caller(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.data[0].collection_id").value(88));
    }
}
