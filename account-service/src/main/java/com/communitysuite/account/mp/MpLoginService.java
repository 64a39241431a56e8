package com.communitysuite.account.mp;

import java.time.Clock;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.AccountRepository;
import com.communitysuite.account.appsession.AppLoginService;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.account.wechat.WeChatIdentity;
import com.communitysuite.account.wechat.WeChatLoginException;
import com.communitysuite.account.wechat.WeChatSessions;
import com.communitysuite.platform.events.DomainEvents;
import com.communitysuite.platform.web.ApiProblem;

/** Mini-program sign-in with a WeChat code: the WeChat identity leads to one account, created on first use. */
@Service
public class MpLoginService {

    static final String LOGIN_FAILED = "用户登录失败";

    private final WeChatSessions weChat;
    private final AccountRepository accounts;
    private final TokenService tokens;
    private final DomainEvents events;
    private final Clock clock;

    MpLoginService(WeChatSessions weChat, AccountRepository accounts, TokenService tokens, DomainEvents events,
            Clock clock) {
        this.weChat = weChat;
        this.accounts = accounts;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /** A signed-in mini-program user and their first token pair. */
    public record SignedIn(Account account, TokenService.TokenPair tokens) {
    }

    @Transactional
    public SignedIn signIn(String code) {
        WeChatIdentity identity;
        try {
            identity = weChat.exchange(code);
        }
        catch (WeChatLoginException e) {
            HttpStatus status = e.status().is5xxServerError() ? HttpStatus.SERVICE_UNAVAILABLE : e.status();
            throw new ApiProblem(status, LOGIN_FAILED, null, null);
        }
        Account account = find(identity);
        if (!account.maySignIn()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "User is inactive", null, null);
        }
        return new SignedIn(account, tokens.openSession(account.id(), account.uid(), "mp"));
    }

    private Account find(WeChatIdentity identity) {
        if (identity.unionid() != null) {
            var byUnion = accounts.findByWechatUnionid(identity.unionid());
            if (byUnion.isPresent()) {
                byUnion.get().linkWeChat(identity.openid(), identity.unionid());
                return byUnion.get();
            }
        }
        return accounts.findByWechatOpenid(identity.openid()).map(account -> {
            account.linkWeChat(identity.openid(), identity.unionid());
            return account;
        }).orElseGet(() -> register(identity));
    }

    private Account register(WeChatIdentity identity) {
        try {
            Account account = accounts.saveAndFlush(Account.withWeChat(identity.openid(), identity.unionid(),
                    clock.instant()));
            events.publish(AppLoginService.REGISTERED, account.uid(), account.uid(), Map.of("accountId", account.id(),
                    "uid", account.uid(), "surface", "mp", "nickname", account.defaultNickname()));
            return account;
        }
        catch (DataIntegrityViolationException e) {
            throw new ApiProblem(HttpStatus.CONFLICT, LOGIN_FAILED, null, null);
        }
    }
}
