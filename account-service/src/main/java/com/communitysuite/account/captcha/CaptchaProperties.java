package com.communitysuite.account.captcha;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param digits            length of a code (4 to 6)
 * @param validity          how long a code can be used
 * @param resendInterval    least time between two codes to one phone
 * @param perPhoneHour      codes to one phone in an hour
 * @param perPhoneDay       codes to one phone in a day
 * @param perIpHour         codes requested from one client address in an hour
 * @param maxFailedAttempts wrong tries that end a code
 */
@ConfigurationProperties("account.captcha")
public record CaptchaProperties(Integer digits, Duration validity, Duration resendInterval, Integer perPhoneHour,
        Integer perPhoneDay, Integer perIpHour, Integer maxFailedAttempts) {

    public CaptchaProperties {
        digits = digits == null ? 6 : Math.max(4, Math.min(6, digits));
        validity = validity == null ? Duration.ofMinutes(5) : validity;
        resendInterval = resendInterval == null ? Duration.ofSeconds(60) : resendInterval;
        perPhoneHour = perPhoneHour == null ? 5 : perPhoneHour;
        perPhoneDay = perPhoneDay == null ? 10 : perPhoneDay;
        perIpHour = perIpHour == null ? 30 : perIpHour;
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
    }
}
