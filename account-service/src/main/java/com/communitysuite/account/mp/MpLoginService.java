package com.communitysuite.account.mp;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.WeChatAccounts;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.account.wechat.WeChatIdentity;
import com.communitysuite.account.wechat.WeChatLoginException;
import com.communitysuite.account.wechat.WeChatLogins;
import com.communitysuite.platform.web.ApiProblem;

/** Mini-program sign-in with a WeChat code: the WeChat identity leads to one account, created on first use. */
@Service
public class MpLoginService {

    static final String LOGIN_FAILED = "用户登录失败";

    private final WeChatLogins weChat;
    private final WeChatAccounts weChatAccounts;
    private final TokenService tokens;

    MpLoginService(WeChatLogins weChat, WeChatAccounts weChatAccounts, TokenService tokens) {
        this.weChat = weChat;
        this.weChatAccounts = weChatAccounts;
        this.tokens = tokens;
    }

    /** A signed-in mini-program user and their first token pair. */
    public record SignedIn(Account account, TokenService.TokenPair tokens) {
    }

    @Transactional
    public SignedIn signIn(String code) {
        WeChatIdentity identity;
        try {
            identity = weChat.exchange("mp", code);
        }
        catch (WeChatLoginException e) {
            HttpStatus status = e.status().is5xxServerError() ? HttpStatus.SERVICE_UNAVAILABLE : e.status();
            throw new ApiProblem(status, LOGIN_FAILED, null, null);
        }
        Account account = weChatAccounts.resolve(identity, "mp").account();
        if (!account.maySignIn()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "User is inactive", null, null);
        }
        return new SignedIn(account, tokens.openSession(account.id(), account.uid(), "mp"));
    }
}
