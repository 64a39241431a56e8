package com.communitysuite.clubroom.schedule;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The app's event endpoints: the document's shapes, its business codes, and bad input, with the service mocked. */
@SurfaceSliceTest(AppEventController.class)
class AppEventControllerSliceTest {

    private static final String UID = "800fd752a5284eeb82396fe7478175eb";
    private static final String OTHER = "a5f00712b45b499eb15e99d77138d02d";
    private static final String EVENT_ID = "6bdcf14e7fd742bcb9198d60e5452d8c";
    private static final String USER = TestIdentities.bearer(SuiteIdentity.account(7, UID, null, "app",
            Set.of("user"), Map.of()));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ScheduledEvents events;

    private final ScheduledEvent event = new ScheduledEvent(1, EVENT_ID, "测试日程", "测试介绍",
            Instant.ofEpochMilli(1620748800000L), 7, UID, UID, List.of(UID, OTHER), null, 1,
            Instant.ofEpochMilli(1620732258091L));
    private final EventDetails details = new EventDetails(event, EventWindow.BEFORE, false, null, null);

    @Test
    void createAnswersTheEventInTheDocumentsShape() throws Exception {
        given(events.create(any(), argThat(draft -> draft.name().equals("测试日程")
                && draft.eventTime().toEpochMilli() == 1620748800000L && draft.memberUids().equals(List.of(UID, OTHER)))))
                .willReturn(details);

        mvc.perform(app(post("/event")).contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "测试日程", "desc": "测试介绍", "eventTime": 1620748800000,
                 "memberUidList": ["%s", "%s"], "ts": 1, "sign": "x"}""".formatted(UID, OTHER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.result.eventId").value(EVENT_ID))
                .andExpect(jsonPath("$.result.createTime").value(1620732258091L))
                .andExpect(jsonPath("$.result.desc").value("测试介绍"))
                .andExpect(jsonPath("$.result.eventTime").value(1620748800000L))
                .andExpect(jsonPath("$.result.eventTimeStatus").value(0))
                .andExpect(jsonPath("$.result.memberUidList[1]").value(OTHER))
                .andExpect(jsonPath("$.result.name").value("测试日程"))
                .andExpect(jsonPath("$.result.notify").value(0))
                .andExpect(jsonPath("$.result.uid").value(UID))
                .andExpect(jsonPath("$.result.roomId").doesNotExist())
                .andExpect(jsonPath("$.result.memberList").doesNotExist());
    }

    @Test
    void badInputIsAnApp400() throws Exception {
        String members = "[\"" + UID + "\"]";
        for (String body : new String[] {
                "{\"eventTime\": 1, \"memberUidList\": " + members + "}",
                "{\"name\": \"" + "名".repeat(101) + "\", \"eventTime\": 1, \"memberUidList\": " + members + "}",
                "{\"name\": \"n\", \"desc\": \"" + "介".repeat(501) + "\", \"eventTime\": 1, \"memberUidList\": "
                        + members + "}",
                "{\"name\": \"n\", \"memberUidList\": " + members + "}",
                "{\"name\": \"n\", \"eventTime\": \"soon\", \"memberUidList\": " + members + "}",
                "{\"name\": \"n\", \"eventTime\": 99999999999999999999, \"memberUidList\": " + members + "}",
                "{\"name\": \"n\", \"eventTime\": -5, \"memberUidList\": " + members + "}",
                "{\"name\": \"n\", \"eventTime\": 1, \"memberUidList\": []}",
                "{\"name\": \"n\", \"eventTime\": 1, \"memberUidList\": [\"not-a-uid\"]}",
                "{\"name\": \"n\", \"eventTime\": 1, \"memberUidList\": [null]}",
                "{\"name\": \"n\", \"eventTime\": 1, \"memberUidList\": \"" + UID + "\"}",
                "{\"name\": " }) {
            mvc.perform(app(post("/event")).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(0))
                    .andExpect(jsonPath("$.message").value("Params Not Valid"));
        }
        mvc.perform(app(get("/event").param("count", "0"))).andExpect(status().isBadRequest());
        mvc.perform(app(get("/event/xyz"))).andExpect(status().isNotFound());
        verifyNoInteractions(events);
    }

    @Test
    void theOriginalsFailuresKeepTheirCodes() throws Exception {
        given(events.event(eq(EVENT_ID), eq(7L))).willThrow(new NotFoundException("event.not-found", "日程不存在"));
        willThrow(new ConflictException("event.started", "无法删除已绑定活动的日程")).given(events)
                .delete(any(), eq(EVENT_ID));
        willThrow(new ConflictException("event.member", "嘉宾或者主持人无法预约日程")).given(events)
                .subscribe(any(), eq(EVENT_ID));

        mvc.perform(app(get("/event/" + EVENT_ID)))
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.errorCode").value(600000))
                .andExpect(jsonPath("$.message").value("日程不存在"));
        mvc.perform(app(delete("/event/" + EVENT_ID)))
                .andExpect(jsonPath("$.errorCode").value(0))
                .andExpect(jsonPath("$.message").value("无法删除已绑定活动的日程"));
        mvc.perform(app(post("/event/" + EVENT_ID + "/notify")))
                .andExpect(jsonPath("$.message").value("嘉宾或者主持人无法预约日程"));
    }

    @Test
    void editListAndStart() throws Exception {
        given(events.edit(any(), eq(EVENT_ID), any())).willReturn(details);
        given(events.upcoming(any(), isNull(), eq(10))).willReturn(List.of(new ScheduledEvents.EventEntry(
                new EventDetails(event, EventWindow.WITHIN, true, null, null), "1620748800000:" + EVENT_ID)));
        ScheduledEvent started = new ScheduledEvent(1, EVENT_ID, "测试日程", null, Instant.ofEpochMilli(1620748800000L),
                7, UID, UID, List.of(UID), "7b641bee240e4d84ad1a7f44b9811406", 2, Instant.ofEpochMilli(1620732258091L));
        given(events.start(any(), eq(EVENT_ID))).willReturn(new EventDetails(started, EventWindow.WITHIN, false,
                null, null));

        mvc.perform(app(put("/event/" + EVENT_ID)).contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "改", "eventTime": 1, "memberUidList": ["%s"]}""".formatted(UID)))
                .andExpect(jsonPath("$.result.eventId").value(EVENT_ID));
        mvc.perform(app(get("/event").param("count", "10")))
                .andExpect(jsonPath("$.result.list[0].eventId").value(EVENT_ID))
                .andExpect(jsonPath("$.result.list[0].eventTime").value(1620748800000L))
                .andExpect(jsonPath("$.result.list[0].sequenceId").value("1620748800000:" + EVENT_ID))
                .andExpect(jsonPath("$.result.list[0].eventResult.notify").value(1))
                .andExpect(jsonPath("$.result.list[0].eventResult.eventTimeStatus").value(1));
        mvc.perform(app(post("/event/" + EVENT_ID + "/start")))
                .andExpect(jsonPath("$.result.roomId").value("7b641bee240e4d84ad1a7f44b9811406"))
                .andExpect(jsonPath("$.result.desc").doesNotExist());
    }

    private static MockHttpServletRequestBuilder app(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", USER);
    }
}
