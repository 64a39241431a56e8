package com.communitysuite.account.mp;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.WeChatAccounts;
import com.communitysuite.account.token.InvalidTokenException;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.account.wechat.WeChatLoginException;
import com.communitysuite.account.wechat.WeChatLogins;
import com.communitysuite.platform.domain.NotAllowedException;

/** Mini-program sign-in with a WeChat code: the WeChat identity leads to one account, created on first use. */
@Service
public class MpLoginService {

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

    /**
     * @throws WeChatLoginException when WeChat refuses the code or cannot be reached
     * @throws NotAllowedException  {@link MpConsentService#INACTIVE} for a frozen or limited account
     */
    @Transactional
    public SignedIn signIn(String code) {
        Account account = weChatAccounts.resolve(weChat.exchange("mp", code), "mp").account();
        if (!account.maySignIn()) {
            throw new NotAllowedException(MpConsentService.INACTIVE, MpConsentService.INACTIVE_TEXT);
        }
        return new SignedIn(account, tokens.openSession(account.id(), account.uid(), "mp"));
    }

    /** @throws InvalidTokenException when the token is not a valid, unused refresh token of a live session */
    public TokenService.TokenPair refresh(String refreshToken) {
        return tokens.refresh(refreshToken);
    }
}
