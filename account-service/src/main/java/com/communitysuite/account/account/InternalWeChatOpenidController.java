package com.communitysuite.account.account;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For notification-service (services only; no route leads here): the openids of up to 100 accounts in one
 * mini-program, in one call, to address WeChat subscribe messages. An account that never signed in there, or that
 * logged off, is left out of the answer.
 */
@RestController
class InternalWeChatOpenidController {

    private final WeChatAppOpenids openids;

    InternalWeChatOpenidController(WeChatAppOpenids openids) {
        this.openids = openids;
    }

    record Question(@NotEmpty @Size(max = 100) List<@NotNull @Positive Long> accountIds,
            @NotNull @Pattern(regexp = "mp|campus") String app) {
    }

    record Answer(List<WeChatAppOpenids.AppOpenid> accounts) {
    }

    @PostMapping("/internal/accounts/wechat-openids")
    @PreAuthorize("@access.service()")
    Answer openids(@Valid @RequestBody Question question) {
        return new Answer(openids.of(question.accountIds().stream().distinct().toList(), question.app()));
    }
}
