package com.communitysuite.user.counter;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.MpApi;

/** mp user module item 22 (and the MindSpore original's {@code /counts/}): the caller's counts, a bare dictionary. */
@MpApi
class MyCountsController {

    private final Counters counters;

    MyCountsController(Counters counters) {
        this.counters = counters;
    }

    @GetMapping({ "/mp/mycounts", "/mp/counts" })
    @PreAuthorize("@access.account()")
    Map<String, Long> counts(SuiteIdentity caller) {
        return counters.of(caller.accountId(), caller.levels().getOrDefault("level", 1),
                caller.levels().getOrDefault("activity_level", 1));
    }
}
