package com.communitysuite.account.wechat;

import org.springframework.http.HttpStatus;

/** WeChat did not confirm a login; {@link #status()} is what the client is answered. */
public class WeChatLoginException extends RuntimeException {

    private final HttpStatus status;
    private final Integer errcode;
    private final String errmsg;

    public WeChatLoginException(HttpStatus status, String message) {
        this(status, message, null, null);
    }

    private WeChatLoginException(HttpStatus status, String message, Integer errcode, String errmsg) {
        super(message, null, false, false);
        this.status = status;
        this.errcode = errcode;
        this.errmsg = errmsg;
    }

    public HttpStatus status() {
        return status;
    }

    /** WeChat's own code, when WeChat answered; null when it could not be reached. */
    public Integer errcode() {
        return errcode;
    }

    public String errmsg() {
        return errmsg;
    }

    /** Maps code2Session's errcode to an answer: a bad code is the client's fault, a busy WeChat is not. */
    static WeChatLoginException forErrcode(int errcode, String errmsg) {
        HttpStatus status = switch (errcode) {
            case 40029, 40163 -> HttpStatus.BAD_REQUEST;
            case 45011 -> HttpStatus.TOO_MANY_REQUESTS;
            case 40226 -> HttpStatus.FORBIDDEN;
            case -1 -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_GATEWAY;
        };
        return new WeChatLoginException(status, "WeChat refused the code: " + errcode, errcode, errmsg);
    }
}
