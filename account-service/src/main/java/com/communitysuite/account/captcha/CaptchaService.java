package com.communitysuite.account.captcha;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.PhoneNumber;
import com.communitysuite.account.messages.OutgoingMessages;
import com.communitysuite.account.support.Hashing;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;

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
    static final String REFUSED_REASON = "captcha.rate-limited";
    static final String WRONG_REASON = "captcha.wrong";
    static final String EXPIRED_REASON = "captcha.expired";

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
     * is refused with the original's texts.
     *
     * @throws NotAllowedException when a limit is reached
     */
    @Transactional
    public String send(PhoneNumber phone, String requesterIp) {
        Instant now = clock.instant();
        if (sentSince(phone, now.minus(properties.resendInterval())) > 0) {
            throw new NotAllowedException(REFUSED_REASON, TOO_SOON);
        }
        if (sentSince(phone, now.minus(Duration.ofHours(1))) >= properties.perPhoneHour()) {
            throw new NotAllowedException(REFUSED_REASON, HOURLY_LIMIT.formatted(properties.perPhoneHour()));
        }
        if (sentSince(phone, now.minus(Duration.ofDays(1))) >= properties.perPhoneDay()) {
            throw new NotAllowedException(REFUSED_REASON, DAILY_LIMIT.formatted(properties.perPhoneDay()));
        }
        if (requesterIp != null && captchas.countByRequesterIpAndCreatedAtAfter(requesterIp,
                now.minus(Duration.ofHours(1))) >= properties.perIpHour()) {
            throw new NotAllowedException(REFUSED_REASON, IP_LIMIT);
        }
        String code = Hashing.randomDigits(properties.digits());
        captchas.save(new SmsCaptcha(phone, code, requesterIp, now, now.plus(properties.validity())));
        messages.smsCaptcha(phone, code, properties.validity());
        return SENT;
    }

    /**
     * Uses the phone's newest code.
     *
     * @throws NotAllowedException when the code is wrong (the try is counted)
     * @throws NotFoundException   when the phone has no live code (none, used up, expired or tried too often)
     */
    @Transactional(noRollbackFor = { NotAllowedException.class, NotFoundException.class })
    public void verify(PhoneNumber phone, String code) {
        SmsCaptcha captcha = captchas.findFirstByCountryCodeAndMobileOrderByCreatedAtDesc(phone.countryCode(),
                phone.mobile()).orElseThrow(() -> new NotFoundException(EXPIRED_REASON, EXPIRED));
        switch (captcha.check(code, clock.instant(), properties.maxFailedAttempts())) {
            case ACCEPTED -> {
            }
            case WRONG -> throw new NotAllowedException(WRONG_REASON, WRONG);
            case EXPIRED -> throw new NotFoundException(EXPIRED_REASON, EXPIRED);
        }
    }

    private long sentSince(PhoneNumber phone, Instant since) {
        return captchas.countByCountryCodeAndMobileAndCreatedAtAfter(phone.countryCode(), phone.mobile(), since);
    }
}
