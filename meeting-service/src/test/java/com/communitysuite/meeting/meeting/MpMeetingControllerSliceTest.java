package com.communitysuite.meeting.meeting;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.meeting.Callers;
import com.communitysuite.meeting.calendar.MeetingCalendar;
import com.communitysuite.meeting.calendar.MpCalendarController;
import com.communitysuite.meeting.conferencing.BookedMeeting;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.test.SurfaceSliceTest;

/** The mp meeting and calendar controllers' shapes, role checks and bad input, with the services mocked. */
@SurfaceSliceTest({ MpMeetingController.class, MpCalendarController.class })
class MpMeetingControllerSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Meetings meetings;
    @MockitoBean
    MeetingQueries queries;
    @MockitoBean
    MeetingCollections collections;
    @MockitoBean
    MeetingCalendar calendar;

    static Meeting meeting(long id) {
        MeetingRequest request = new MeetingRequest("Infra 例会", "zoom", "小明", "Infrastructure",
                LocalDate.of(2026, 12, 20), LocalTime.of(9, 0), LocalTime.of(10, 0),
                "https://etherpad.example.org/p/infra", "议程", List.of("a@example.com"), "a@example.com", true, 1, null);
        Meeting meeting = Meeting.holding(12, 4, request, "host", ZoneId.of("Asia/Shanghai"), Instant.now());
        meeting.booked(new BookedMeeting("83712345678", "83712345678", "https://zoom.us/j/83712345678"));
        ReflectionTestUtils.setField(meeting, "id", id);
        return meeting;
    }

    @Test
    void aBookingAnswersTheDocumentsShape() throws Exception {
        given(meetings.book(any(), any())).willReturn(41L);

        mvc.perform(post("/mp/meetings").header("Authorization", Callers.mp(12, 2))
                .contentType(MediaType.APPLICATION_JSON).content("{\"topic\": \"x\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.message").value("Created successfully")).andExpect(jsonPath("$.id").value(41));
    }

    @Test
    void aBookingRefusedByARuleAnswersTheOriginalsTextInDetail() throws Exception {
        given(meetings.book(any(), any())).willThrow(new InvalidInputException("emaillist", "无效的邮件地址"));

        mvc.perform(post("/mp/meetings").header("Authorization", Callers.mp(12, 2))
                .contentType(MediaType.APPLICATION_JSON).content("{\"emaillist\": \"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("无效的邮件地址"))
                .andExpect(jsonPath("$.emaillist[0]").value("无效的邮件地址"));
    }

    @Test
    void aConflictIsAFourHundredAndANonMemberAFourOhThree() throws Exception {
        given(meetings.book(any(), any())).willThrow(new ConflictException("meeting.no-free-host", "时间冲突，请调整时间预定会议"));
        mvc.perform(post("/mp/meetings").header("Authorization", Callers.mp(12, 2))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("时间冲突，请调整时间预定会议"));

        willThrow(new NotAllowedException("meeting.not-a-member", "需要Maintainer或者会议管理员权限！！！")).given(meetings)
                .book(any(), any());
        mvc.perform(post("/mp/meetings").header("Authorization", Callers.mp(12, 2))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("需要Maintainer或者会议管理员权限！！！"));
    }

    @Test
    void malformedOrMissingBodiesAreFourHundredsAndOrdinaryUsersCannotBook() throws Exception {
        mvc.perform(post("/mp/meetings").header("Authorization", Callers.mp(12, 2))
                .contentType(MediaType.APPLICATION_JSON).content("{\"topic\": "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").exists());
        mvc.perform(post("/mp/meetings").header("Authorization", Callers.mp(12, 2))
                .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").exists());
        mvc.perform(post("/mp/meetings").header("Authorization", Callers.mp(12, 1))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").exists());
        mvc.perform(post("/mp/meetings").header("Authorization", Callers.anonymous())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is4xxClientError());
        verifyNoInteractions(meetings);
    }

    @Test
    void theDetailHasEveryFieldOfTheDocumentAndTheCallersCollection() throws Exception {
        given(queries.live(41)).willReturn(java.util.Optional.of(meeting(41)));
        given(collections.collectionIds(eq(13L), any())).willReturn(Map.of(41L, 77L));

        mvc.perform(get("/mp/meetings/41").header("Authorization", Callers.mp(13, 1)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(41))
                .andExpect(jsonPath("$.collection_id").value(77)).andExpect(jsonPath("$.user_id").value(12))
                .andExpect(jsonPath("$.group_id").value(4)).andExpect(jsonPath("$.topic").value("Infra 例会"))
                .andExpect(jsonPath("$.sponsor").value("小明")).andExpect(jsonPath("$.group_name").value("Infrastructure"))
                .andExpect(jsonPath("$.date").value("2026-12-20")).andExpect(jsonPath("$.start").value("09:00"))
                .andExpect(jsonPath("$.end").value("10:00")).andExpect(jsonPath("$.agenda").value("议程"))
                .andExpect(jsonPath("$.etherpad").value("https://etherpad.example.org/p/infra"))
                .andExpect(jsonPath("$.mid").value("83712345678"))
                .andExpect(jsonPath("$.join_url").value("https://zoom.us/j/83712345678"))
                .andExpect(jsonPath("$.video_url").value("")).andExpect(jsonPath("$.replay_url").value(""))
                .andExpect(jsonPath("$.mplatform").value("zoom"));
    }

    @Test
    void unknownOrMalformedIdsAreFourOhFourOrFourHundred() throws Exception {
        given(queries.live(anyLong())).willReturn(java.util.Optional.empty());
        mvc.perform(get("/mp/meetings/99").header("Authorization", Callers.anonymous()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("Not found."));
        mvc.perform(get("/mp/meetings/abc").header("Authorization", Callers.anonymous()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/mp/meetings/99999999999999999999999").header("Authorization", Callers.anonymous()))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/mp/collect/abc").header("Authorization", Callers.mp(13, 1)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theListIsTheDocumentsPageAndRefusesUnknownFilters() throws Exception {
        given(queries.list(isNull(), eq(MeetingQueries.Kind.SIG), eq(MeetingQueries.Range.WEEKLY), eq(2), eq(5)))
                .willReturn(new MeetingQueries.Slice(6, List.of(meeting(41))));
        given(collections.collectionIds(isNull(), any())).willReturn(Map.of());

        mvc.perform(get("/mp/meetingslist?page=2&size=5&type=sig&range=weekly").header("Authorization",
                Callers.anonymous())).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.page").value(2)).andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.data[0].id").value(41))
                .andExpect(jsonPath("$.data[0].collection_id").isEmpty());
        mvc.perform(get("/mp/meetingslist?type=nope").header("Authorization", Callers.anonymous()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("参数无效"));
        mvc.perform(get("/mp/meetingslist?range=monthly").header("Authorization", Callers.anonymous()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/mp/meetingslist?page=0").header("Authorization", Callers.anonymous()))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void collectingNeedsAnIntegerMeetingAndAnswersTheCollection() throws Exception {
        given(collections.collect(13, 41)).willReturn(77L);
        mvc.perform(post("/mp/collect").header("Authorization", Callers.mp(13, 1))
                .contentType(MediaType.APPLICATION_JSON).content("{\"meeting\": 41}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.msg").value("collect successfully")).andExpect(jsonPath("$.collection_id").value(77));

        for (String bad : List.of("{\"meeting\": \"41\"}", "{}", "[41]", "{\"meeting\": 1.5}", "{\"meeting\": ",
                "{\"meeting\": 99999999999999999999999}")) {
            mvc.perform(post("/mp/collect").header("Authorization", Callers.mp(13, 1))
                    .contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").exists());
        }
        mvc.perform(post("/mp/collect").header("Authorization", Callers.anonymous())
                .contentType(MediaType.APPLICATION_JSON).content("{\"meeting\": 41}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void cancellingAnswersTheDocumentsShapeByDeleteAndByPut() throws Exception {
        mvc.perform(delete("/mp/meeting/83712345678").header("Authorization", Callers.mp(12, 2)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.message").value("Delete successfully."));
        mvc.perform(put("/mp/meeting/83712345678").header("Authorization", Callers.mp(12, 2)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(200));
        mvc.perform(delete("/mp/meeting/83712345678").header("Authorization", Callers.mp(12, 1)))
                .andExpect(status().isForbidden());
    }

    @Test
    void myMeetingsAreEveryMeetingForAMeetingAdmin() throws Exception {
        given(queries.bookedBy(eq(30L), eq(true), anyInt(), anyInt()))
                .willReturn(new MeetingQueries.Slice(1, List.of(meeting(41))));
        given(collections.collectionIds(eq(30L), any())).willReturn(Map.of());

        mvc.perform(get("/mp/mymeetings").header("Authorization", Callers.mp(30, 3)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.data[0].topic").value("Infra 例会"));
    }

    @Test
    void theCalendarRefusesBadDatesAndTypesInTheMpShape() throws Exception {
        given(calendar.dates(MeetingCalendar.Kind.ALL)).willReturn(List.of("2026-12-20"));
        mvc.perform(get("/mp/meeting_activity_date?type=all").header("Authorization", Callers.anonymous()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.msg").value("success")).andExpect(jsonPath("$.data[0]").value("2026-12-20"));
        for (String query : List.of("date=yesterday", "date=2026-02-30", "date=" + "9".repeat(40), "")) {
            mvc.perform(get("/mp/meeting_activity_data?" + query).header("Authorization", Callers.anonymous()))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("参数无效"));
        }
        mvc.perform(get("/mp/meeting_activity_date?type=x").header("Authorization", Callers.anonymous()))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(meetings);
    }
}
