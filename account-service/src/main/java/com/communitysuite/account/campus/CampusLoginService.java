package com.communitysuite.account.campus;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.WeChatAccounts;
import com.communitysuite.account.token.InvalidTokenException;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.account.wechat.WeChatLoginException;
import com.communitysuite.account.wechat.WeChatLogins;
import com.communitysuite.platform.domain.NotAllowedException;

/** The campus platform's sign-in: users with a WeChat code, super users with a password; and token refresh. */
@Service
public class CampusLoginService {

    static final String FROZEN = "account.frozen";

    private final WeChatLogins weChat;
    private final WeChatAccounts weChatAccounts;
    private final TokenService tokens;
    private final SuperAdmins superAdmins;

    CampusLoginService(WeChatLogins weChat, WeChatAccounts weChatAccounts, TokenService tokens,
            SuperAdmins superAdmins) {
        this.weChat = weChat;
        this.weChatAccounts = weChatAccounts;
        this.tokens = tokens;
        this.superAdmins = superAdmins;
    }

    /** A signed-in campus user, whether this sign-in created the account, and the first token pair. */
    public record SignedIn(Account account, boolean created, TokenService.TokenPair tokens) {
    }

    /**
     * @throws WeChatLoginException when WeChat refuses the code or cannot be reached
     * @throws NotAllowedException  when the account is frozen or limited
     */
    @Transactional
    public SignedIn userLogin(String code) {
        WeChatAccounts.Resolved resolved = weChatAccounts.resolve(weChat.exchange("campus", code), "campus");
        Account account = resolved.account();
        if (!account.maySignIn()) {
            throw new NotAllowedException(FROZEN, "账号已被冻结");
        }
        return new SignedIn(account, resolved.created(),
                tokens.openSession(account.id(), account.uid(), "campus"));
    }

    /** A super user's first token pair when the password is theirs; empty for any wrong credential. */
    public Optional<TokenService.TokenPair> adminLogIn(String username, String password) {
        return superAdmins.authenticate(username, password)
                .map(admin -> tokens.openSession(admin.id(), admin.uid(), "campus"));
    }

    /** Why the registration of another super user was refused, in the original's words; empty when it succeeded. */
    public Optional<String> register(String username, String password, String email) {
        return superAdmins.register(username, password, email);
    }

    /** @throws InvalidTokenException when the token is not a valid, unused refresh token of a live session */
    public TokenService.TokenPair refresh(String refreshToken) {
        return tokens.refresh(refreshToken);
    }
}
