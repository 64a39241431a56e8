package com.communitysuite.account.wechat;

/**
 * Exchanges the {@code code} WeChat's web authorisation redirects an H5 page with for the visitor's WeChat identity
 * ({@code sns/oauth2/access_token}).
 */
public interface WeChatWebLogins {

    /** @throws WeChatLoginException when WeChat refuses the code or cannot be reached */
    WeChatWebIdentity exchange(String code);
}
