package com.communitysuite.activity.wxcode;

/** WeChat did not make the code (refused, unreachable or answered something else). */
public class MiniProgramCodeException extends RuntimeException {

    public MiniProgramCodeException(String message) {
        super(message);
    }
}
