package com.communitysuite.notification.inbox;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.app.CursorPage;
import com.communitysuite.platform.web.app.CursorRequest;
import com.communitysuite.platform.web.mvc.AppApi;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** App section "User" 7 and 8: the caller's messages and how many are unread. */
@AppApi
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/user/message")
    @PreAuthorize("@access.account()")
    AppResponse<CursorPage<MessageEntry>> list(SuiteIdentity caller,
            @RequestParam(name = "lastId", required = false) String lastId,
            @RequestParam(name = "count", required = false) String count) {
        CursorRequest page = CursorRequest.of(lastId, parseCount(count));
        Long beforeId = page.isFirstPage() ? null : parseLastId(page.lastId());
        List<MessageEntry> list = inbox.read(caller.accountId(), beforeId, page.count()).stream()
                .map(message -> MessageEntry.of(message, caller.uid())).toList();
        return AppResponse.ok(CursorPage.of(list, page.lastId(), page.count()));
    }

    @GetMapping("/user/message/unread_total")
    @PreAuthorize("@access.account()")
    AppResponse<Long> unreadTotal(SuiteIdentity caller) {
        return AppResponse.ok(inbox.unreadTotal(caller.accountId()));
    }

    private static Integer parseCount(String count) {
        if (count == null || count.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(count.trim());
        }
        catch (NumberFormatException e) {
            throw ApiProblem.badRequest("count", "单页数量必须在1到100之间");
        }
    }

    /** A {@code sequenceId} from an earlier page: the message id as text. */
    private static long parseLastId(String lastId) {
        try {
            long id = Long.parseLong(lastId.trim());
            if (id > 0) {
                return id;
            }
        }
        catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badRequest("lastId", "must be the sequenceId of a message");
    }

    /** One entry of the document's list. */
    record MessageEntry(long messageId, String sequenceId, UserMessageResult userMessageResult) {

        static MessageEntry of(InboxMessage message, String recipientUid) {
            MessageBody body = new MessageBody(message.title(), message.content(), message.url(),
                    message.campusType(), message.activityId(), message.organizationId());
            return new MessageEntry(message.id(), Long.toString(message.id()), new UserMessageResult(
                    message.createdAt().toEpochMilli(), body, message.id(), message.messageType(),
                    message.originPushType(), message.originUid() == null ? "" : message.originUid(),
                    recipientUid == null ? "" : recipientUid, message.unread() ? 1 : 0));
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UserMessageResult(long createTime, MessageBody messageBody, long messageId, int messageType,
            int originPushType, String originUid, String uid, int unread) {
    }

    /** What the app shows; a campus notice also says its kind and the activity or organization it is about. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MessageBody(@Schema(nullable = true) String title, @Schema(nullable = true) String content,
            @Schema(nullable = true) String url,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "campus notices") Integer type,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "campus notices") Long act,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "campus notices") Long org) {
    }
}
