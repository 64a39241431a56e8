package com.communitysuite.clubroom.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.clubroom.schedule.EventViews.EventView;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.app.CursorPage;
import com.communitysuite.platform.web.app.CursorRequest;
import com.communitysuite.platform.web.mvc.AppApi;

/** App section "Event" (日程). Ids are 32 hex digits, as the original's routes. */
@AppApi
class AppEventController {

    private static final String EVENT = "/event/{eventId:[a-f0-9]{32}}";
    /** The latest time accepted: the end of year 9999, in ms. */
    private static final long LATEST = 253_402_300_799_999L;

    private final ScheduledEvents events;

    AppEventController(ScheduledEvents events) {
        this.events = events;
    }

    /** The original's rules: a name of at most 100, a description of at most 500, at least one member. */
    record EventRequest(
            @NotBlank(message = "标题不能为空") @Size(max = 100, message = "标题不能超过100个字") String name,
            @Size(max = 500, message = "介绍不能超过500个字") String desc,
            @NotNull(message = "日程时间不能为空") @Min(value = 0, message = "日程时间不正确")
            @Max(value = LATEST, message = "日程时间不正确") Long eventTime,
            @NotEmpty(message = "嘉宾或主持人不能为空") @Size(max = 100, message = "嘉宾或主持人不能超过100个")
            List<@NotNull(message = "嘉宾或主持人不正确") @Pattern(regexp = "[a-f0-9]{32}",
                    message = "嘉宾或主持人不正确") String> memberUidList) {

        ScheduledEvents.Draft draft() {
            return new ScheduledEvents.Draft(name.strip(), desc == null || desc.isBlank() ? null : desc,
                    Instant.ofEpochMilli(eventTime), memberUidList);
        }
    }

    @PostMapping("/event")
    @PreAuthorize("@access.account()")
    AppResponse<EventView> create(@Valid @RequestBody EventRequest request, SuiteIdentity identity) {
        return AppResponse.ok(EventView.of(events.create(Caller.of(identity), request.draft())));
    }

    @PutMapping(EVENT)
    @PreAuthorize("@access.account()")
    AppResponse<EventView> edit(@PathVariable String eventId, @Valid @RequestBody EventRequest request,
            SuiteIdentity identity) {
        return AppResponse.ok(EventView.of(events.edit(Caller.of(identity), eventId, request.draft())));
    }

    @DeleteMapping(EVENT)
    @PreAuthorize("@access.account()")
    AppResponse<Map<String, Object>> delete(@PathVariable String eventId, SuiteIdentity identity) {
        events.delete(Caller.of(identity), eventId);
        return AppResponse.ok(Map.of());
    }

    @GetMapping(EVENT)
    @PreAuthorize("@access.account()")
    AppResponse<EventView> event(@PathVariable String eventId, SuiteIdentity identity) {
        return AppResponse.ok(EventView.of(events.event(eventId, Caller.of(identity).accountId())));
    }

    @GetMapping("/event")
    @PreAuthorize("@access.account()")
    AppResponse<CursorPage<EventEntryView>> upcoming(@RequestParam(required = false) String lastId,
            @RequestParam(required = false) Integer count, SuiteIdentity identity) {
        CursorRequest page = CursorRequest.of(lastId, count);
        List<EventEntryView> list = events.upcoming(Caller.of(identity), page.lastId(), page.count()).stream()
                .map(EventEntryView::of).toList();
        return AppResponse.ok(CursorPage.of(list, page.lastId(), page.count()));
    }

    @PostMapping(EVENT + "/notify")
    @PreAuthorize("@access.account()")
    AppResponse<Map<String, Object>> subscribe(@PathVariable String eventId, SuiteIdentity identity) {
        events.subscribe(Caller.of(identity), eventId);
        return AppResponse.ok(Map.of());
    }

    @PostMapping(EVENT + "/start")
    @PreAuthorize("@access.account()")
    AppResponse<EventView> start(@PathVariable String eventId, SuiteIdentity identity) {
        return AppResponse.ok(EventView.of(events.start(Caller.of(identity), eventId)));
    }

    /** An entry of the list: {@code eventTime} is the event's time, its cursor's first part. */
    record EventEntryView(String eventId, EventView eventResult, long eventTime, String sequenceId) {

        static EventEntryView of(ScheduledEvents.EventEntry entry) {
            EventView view = EventView.of(entry.event());
            return new EventEntryView(view.eventId(), view, view.eventTime(), entry.sequenceId());
        }
    }
}
