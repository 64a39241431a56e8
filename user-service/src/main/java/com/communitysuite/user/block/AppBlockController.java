package com.communitysuite.user.block;

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

/** App section "User" 4-6: the block list, blocking and unblocking. */
@AppApi
class AppBlockController {

    private final BlockService blocks;

    AppBlockController(BlockService blocks) {
        this.blocks = blocks;
    }

    @GetMapping("/user/block")
    @PreAuthorize("@access.account()")
    AppResponse<CursorPage<ListedUser>> blocked(SuiteIdentity caller, @RequestParam(required = false) String lastId,
            @RequestParam(required = false) Integer count) {
        return AppResponse.ok(blocks.blocked(caller, CursorRequest.of(lastId, count)));
    }

    @PostMapping("/user/{uid:[a-f0-9]{32}}/block")
    @PreAuthorize("@access.account()")
    AppResponse<Object> block(SuiteIdentity caller, @PathVariable String uid) {
        blocks.block(caller, uid);
        return AppResponse.ok(java.util.Map.of(), "拉黑成功");
    }

    @DeleteMapping("/user/{uid:[a-f0-9]{32}}/block")
    @PreAuthorize("@access.account()")
    AppResponse<Object> unblock(SuiteIdentity caller, @PathVariable String uid) {
        blocks.unblock(caller, uid);
        return AppResponse.ok(java.util.Map.of(), "取消拉黑成功");
    }
}
