package com.communitysuite.clubroom.room;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.clubroom.room.RoomViews.RoomView;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.app.CursorPage;
import com.communitysuite.platform.web.app.CursorRequest;
import com.communitysuite.platform.web.mvc.AppApi;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * App section "Room". Ids are 32 hex digits, as the original's routes; token and cache answer both the document's
 * POST and the original's GET.
 */
@AppApi
class AppRoomController {

    private static final String ROOM = "/room/{roomId:[a-f0-9]{32}}";

    private final Rooms rooms;

    AppRoomController(Rooms rooms) {
        this.rooms = rooms;
    }

    /** The original's rules: a name of at most 100, a club optional (blank: a public room), inviteOnly > 0 is 1. */
    record CreateRoomRequest(@Size(max = 100, message = "主题不能超过100个字") String name,
            @Pattern(regexp = "|[a-f0-9]{32}", message = "圈子ID不正确") String clubId,
            @Min(value = 0, message = "inviteOnly不正确") @Max(value = 1000, message = "inviteOnly不正确") Integer inviteOnly) {
    }

    @PostMapping("/room")
    @PreAuthorize("@access.account()")
    AppResponse<RoomView> create(@Valid @RequestBody CreateRoomRequest request, SuiteIdentity identity) {
        boolean inviteOnly = request.inviteOnly() != null && request.inviteOnly() > 0;
        return AppResponse.ok(RoomView.of(rooms.create(Caller.of(identity), request.name(), request.clubId(),
                inviteOnly)));
    }

    @GetMapping(ROOM)
    @PreAuthorize("@access.account()")
    AppResponse<RoomView> room(@PathVariable String roomId, SuiteIdentity identity) {
        return AppResponse.ok(RoomView.of(rooms.room(Caller.of(identity), roomId)));
    }

    @GetMapping("/room")
    @PreAuthorize("@access.account()")
    AppResponse<CursorPage<RoomEntryView>> visible(@RequestParam(required = false) String lastId,
            @RequestParam(required = false) Integer count, SuiteIdentity identity) {
        CursorRequest page = CursorRequest.of(lastId, count);
        List<RoomEntryView> list = rooms.visible(Caller.of(identity), page.lastId(), page.count()).stream()
                .map(RoomEntryView::of).toList();
        return AppResponse.ok(CursorPage.of(list, page.lastId(), page.count()));
    }

    @RequestMapping(path = ROOM + "/token", method = { RequestMethod.POST, RequestMethod.GET })
    @PreAuthorize("@access.account()")
    AppResponse<TokenView> token(@PathVariable String roomId, SuiteIdentity identity) {
        Rooms.RoomToken token = rooms.token(Caller.of(identity), roomId);
        return AppResponse.ok(new TokenView(token.roomId(), token.token(), token.ruid(), token.role().code()));
    }

    @PostMapping(ROOM + "/close")
    @PreAuthorize("@access.account()")
    AppResponse<Map<String, Object>> close(@PathVariable String roomId, SuiteIdentity identity) {
        rooms.close(Caller.of(identity), roomId);
        return AppResponse.ok(Map.of());
    }

    @RequestMapping(path = ROOM + "/cache", method = { RequestMethod.POST, RequestMethod.GET })
    @PreAuthorize("@access.account()")
    AppResponse<String> cache(@PathVariable String roomId, SuiteIdentity identity) {
        return AppResponse.ok(rooms.snapshot(Caller.of(identity), roomId));
    }

    @PostMapping(ROOM + "/invite/{uid:[a-f0-9]{32}}")
    @PreAuthorize("@access.account()")
    AppResponse<Map<String, Object>> invite(@PathVariable String roomId, @PathVariable String uid,
            SuiteIdentity identity) {
        return AppResponse.ok(Map.of(), rooms.invite(Caller.of(identity), roomId, uid));
    }

    /**
     * The document's {@code {roomId, token}}, plus the Agora uid the token is for ({@code ruid}, the client joins the
     * channel with it) and the role it was issued for.
     */
    record TokenView(String roomId, String token, int ruid, int role) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RoomEntryView(long createTime, String roomId, RoomView roomResult, String sequenceId) {

        static RoomEntryView of(Rooms.RoomEntry entry) {
            return new RoomEntryView(entry.room().createdAt().toEpochMilli(), entry.room().roomId(),
                    entry.details() == null ? null : RoomView.of(entry.details()), entry.sequenceId());
        }
    }
}
