package com.communitysuite.account.account;

import java.time.Clock;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.wechat.WeChatIdentity;
import com.communitysuite.platform.events.DomainEvents;
import com.communitysuite.platform.web.ApiProblem;

/**
 * The account of a WeChat user, whichever mini-program they came through: found by unionid (shared by the
 * organisation's apps) or openid, and created on first sign-in.
 */
@Service
public class WeChatAccounts {

    public static final String REGISTERED = "account.registered";

    private final AccountRepository accounts;
    private final DomainEvents events;
    private final Clock clock;

    WeChatAccounts(AccountRepository accounts, DomainEvents events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The account and whether this sign-in created it. */
    public record Resolved(Account account, boolean created) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Resolved resolve(WeChatIdentity identity, String surface) {
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
        try {
            Account account = accounts.saveAndFlush(Account.withWeChat(identity.openid(), identity.unionid(),
                    clock.instant()));
            events.publish(REGISTERED, account.uid(), account.uid(), Map.of("accountId", account.id(),
                    "uid", account.uid(), "surface", surface, "nickname", account.defaultNickname()));
            return account;
        }
        catch (DataIntegrityViolationException e) {
            // The same user's first sign-in twice at once: the other request created the account.
            throw new ApiProblem(HttpStatus.CONFLICT, "请稍后重试", null, null);
        }
    }
}
