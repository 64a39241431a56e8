package com.communitysuite.account.wechat;

import org.springframework.http.HttpStatus;

/** WeChat did not confirm a login; {@link #status()} is what the client is answered. */
public class WeChatLoginException extends RuntimeException {

    private final HttpStatus status;

    public WeChatLoginException(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** Maps code2Session's errcode to an answer: a bad code is the client's fault, a busy WeChat is not. */
    static WeChatLoginException forErrcode(int errcode, String errmsg) {
        return switch (errcode) {
            case 40029, 40163 -> new WeChatLoginException(HttpStatus.BAD_REQUEST, "invalid code: " + errmsg);
            case 45011 -> new WeChatLoginException(HttpStatus.TOO_MANY_REQUESTS, "rate limited: " + errmsg);
            case 40226 -> new WeChatLoginException(HttpStatus.FORBIDDEN, "user blocked by WeChat: " + errmsg);
            case -1 -> new WeChatLoginException(HttpStatus.SERVICE_UNAVAILABLE, "WeChat busy: " + errmsg);
            default -> new WeChatLoginException(HttpStatus.BAD_GATEWAY, "WeChat error " + errcode + ": " + errmsg);
        };
    }
}
