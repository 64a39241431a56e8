package com.communitysuite.account.account;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.wechat.WeChatIdentity;

/**
 * The account of a WeChat user, whichever mini-program they came through: found by unionid (shared by the
 * organisation's apps) or openid, and created on first sign-in.
 */
@Service
public class WeChatAccounts {

    private final AccountRepository accounts;
    private final AccountRegistrations registrations;
    private final WeChatAppOpenids appOpenids;
    private final Clock clock;

    WeChatAccounts(AccountRepository accounts, AccountRegistrations registrations, WeChatAppOpenids appOpenids,
            Clock clock) {
        this.accounts = accounts;
        this.registrations = registrations;
        this.appOpenids = appOpenids;
        this.clock = clock;
    }

    /** The account and whether this sign-in created it. */
    public record Resolved(Account account, boolean created) {
    }

    /**
     * The account, with the openid it signed in with recorded for the mini-program ({@code surface}).
     *
     * @throws com.communitysuite.platform.domain.ConflictException as {@link AccountRegistrations#register}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Resolved resolve(WeChatIdentity identity, String surface) {
        Resolved resolved = find(identity, surface);
        if (WeChatAppOpenids.APPS.contains(surface)) {
            appOpenids.remember(resolved.account().id(), surface, identity.openid());
        }
        return resolved;
    }

    private Resolved find(WeChatIdentity identity, String surface) {
        if (identity.unionid() != null) {
            var byUnion = accounts.findByWechatUnionid(identity.unionid());
            if (byUnion.isPresent()) {
                byUnion.get().linkWeChat(identity.openid(), identity.unionid());
                return new Resolved(byUnion.get(), false);
            }
        }
        return accounts.findByWechatOpenid(identity.openid()).map(account -> {
            account.linkWeChat(identity.openid(), identity.unionid());
            return new Resolved(account, false);
        }).orElseGet(() -> new Resolved(register(identity, surface), true));
    }

    private Account register(WeChatIdentity identity, String surface) {
        return registrations.register(Account.withWeChat(identity.openid(), identity.unionid(), clock.instant()),
                surface);
    }
}
