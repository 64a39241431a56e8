package com.communitysuite.user.card;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.app.CursorPage;
import com.communitysuite.platform.web.app.CursorRequest;
import com.communitysuite.platform.web.mvc.AppApi;
import com.communitysuite.user.block.ListedUser;

/** App section "User" 9-11: sending and removing cards, the card holder. */
@AppApi
class AppCardController {

    private final CardService cards;

    AppCardController(CardService cards) {
        this.cards = cards;
    }

    @PostMapping("/user/{uid:[a-f0-9]{32}}/card")
    @PreAuthorize("@access.account()")
    AppResponse<Object> send(SuiteIdentity caller, @PathVariable String uid) {
        cards.send(caller, uid);
        return AppResponse.ok(Map.of(), "对方已收到你的名片");
    }

    @DeleteMapping("/user/{uid:[a-f0-9]{32}}/card")
    @PreAuthorize("@access.account()")
    AppResponse<Object> remove(SuiteIdentity caller, @PathVariable String uid) {
        cards.remove(caller, uid);
        return AppResponse.ok(Map.of(), "删除成功");
    }

    @GetMapping("/user/card")
    @PreAuthorize("@access.account()")
    AppResponse<CursorPage<ListedUser>> received(SuiteIdentity caller, @RequestParam(required = false) String lastId,
            @RequestParam(required = false) Integer count) {
        return AppResponse.ok(cards.received(caller, CursorRequest.of(lastId, count)));
    }
}
