package com.communitysuite.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SMTP itself is Spring Boot's {@code spring.mail.*} (host, port, username, password, STARTTLS).
 *
 * @param mode              {@code smtp}, or {@code local} for the local outbox file (refused under prod)
 * @param from              the sender address (also the calendar entries' organizer)
 * @param fromName          the sender's display name
 * @param calendarUidDomain the domain part of the meetings' calendar UIDs; keep it once chosen, or calendars will not
 *                          match a cancellation to its invitation
 * @param portalZh          the community portal the Chinese text points to (optional)
 * @param portalEn          the portal the English text points to (optional)
 * @param codeSubject       the subject of a verification-code e-mail when account-service gave none
 */
@ConfigurationProperties("notification.mail")
public record MailProperties(String mode, String from, String fromName, String calendarUidDomain, String portalZh,
        String portalEn, String codeSubject) {

    public MailProperties {
        mode = mode == null ? "smtp" : mode;
        fromName = fromName == null ? "Community Suite" : fromName;
        calendarUidDomain = calendarUidDomain == null ? "community-suite" : calendarUidDomain;
        codeSubject = codeSubject == null ? "验证码" : codeSubject;
    }
}
