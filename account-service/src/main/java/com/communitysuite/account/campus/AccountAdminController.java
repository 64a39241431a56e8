package com.communitysuite.account.campus;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.AccountStatus;
import com.communitysuite.account.account.AccountStatusService;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.CampusApi;

/** Super users freeze, limit and restore accounts (this suite's own admin API; see the README). */
@CampusApi
class AccountAdminController {

    private final AccountStatusService statuses;

    AccountAdminController(AccountStatusService statuses) {
        this.statuses = statuses;
    }

    record StatusRequest(@NotBlank @Pattern(regexp = "normal|limited|frozen", flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "must be normal, limited or frozen") String status) {
    }

    @PutMapping("/campus/admin/accounts/{accountId}/status")
    @PreAuthorize("@access.superUser()")
    Map<String, Object> changeStatus(@PathVariable long accountId, @Valid @RequestBody StatusRequest request,
            SuiteIdentity identity) {
        Account account = statuses.change(accountId, AccountStatus.valueOf(request.status().toUpperCase(Locale.ROOT)),
                identity.accountId());
        return Map.of("id", account.id(), "uid", account.uid(), "status", account.status().name().toLowerCase());
    }
}
