package com.communitysuite.account.captcha;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.PhoneNumber;
import com.communitysuite.account.messages.OutgoingMessages;
import com.communitysuite.account.support.Hashing;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.app.AppErrorCode;

/** Sends SMS captchas within their limits, and checks the code a login brings. */
@Service
public class CaptchaService {

    static final String SENT = "验证码已发送，请注意查收";
    static final String TOO_SOON = "验证码发送太频繁，请在60秒后重试";
    static final String HOURLY_LIMIT = "验证码发送太频繁，每小时最多发送%d条短信";
    static final String DAILY_LIMIT = "验证码发送太频繁，每天最多发送%d条短信";
    static final String IP_LIMIT = "请求过于频繁，请稍后再试";
    public static final String WRONG = "验证码不正确";
    public static final String EXPIRED = "验证码已过期，请重新获取验证码";

    private final SmsCaptchaRepository captchas;
    private final OutgoingMessages messages;
    private final CaptchaProperties properties;
    private final Clock clock;

    CaptchaService(SmsCaptchaRepository captchas, OutgoingMessages messages, CaptchaProperties properties,
            Clock clock) {
        this.captchas = captchas;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records a new code and hands it to notification-service; limits are checked first and a refused request
     * is an app business failure with the original's texts.
     */
    @Transactional
    public String send(PhoneNumber phone, String requesterIp) {
        Instant now = clock.instant();
        if (sentSince(phone, now.minus(properties.resendInterval())) > 0) {
            throw ApiProblem.business(AppErrorCode.DEFAULT.code(), TOO_SOON);
        }
        if (sentSince(phone, now.minus(Duration.ofHours(1))) >= properties.perPhoneHour()) {
            throw ApiProblem.business(AppErrorCode.DEFAULT.code(), HOURLY_LIMIT.formatted(properties.perPhoneHour()));
        }
        if (sentSince(phone, now.minus(Duration.ofDays(1))) >= properties.perPhoneDay()) {
            throw ApiProblem.business(AppErrorCode.DEFAULT.code(), DAILY_LIMIT.formatted(properties.perPhoneDay()));
        }
        if (requesterIp != null && captchas.countByRequesterIpAndCreatedAtAfter(requesterIp,
                now.minus(Duration.ofHours(1))) >= properties.perIpHour()) {
            throw ApiProblem.business(AppErrorCode.DEFAULT.code(), IP_LIMIT);
        }
        String code = Hashing.randomDigits(properties.digits());
        captchas.save(new SmsCaptcha(phone, code, requesterIp, now, now.plus(properties.validity())));
        messages.smsCaptcha(phone, code, properties.validity());
        return SENT;
    }

    /**
     * Uses the phone's newest code.
     *
     * @throws ApiProblem an app business failure when the code is wrong, used up or expired
     */
    @Transactional(noRollbackFor = ApiProblem.class)
    public void verify(PhoneNumber phone, String code) {
        SmsCaptcha captcha = captchas.findFirstByCountryCodeAndMobileOrderByCreatedAtDesc(phone.countryCode(),
                phone.mobile()).orElseThrow(() -> ApiProblem.business(AppErrorCode.DEFAULT.code(), EXPIRED));
        switch (captcha.check(code, clock.instant(), properties.maxFailedAttempts())) {
            case ACCEPTED -> {
            }
            case WRONG -> throw ApiProblem.business(AppErrorCode.DEFAULT.code(), WRONG);
            case EXPIRED -> throw ApiProblem.business(AppErrorCode.DEFAULT.code(), EXPIRED);
        }
    }

    private long sentSince(PhoneNumber phone, Instant since) {
        return captchas.countByCountryCodeAndMobileAndCreatedAtAfter(phone.countryCode(), phone.mobile(), since);
    }
}
