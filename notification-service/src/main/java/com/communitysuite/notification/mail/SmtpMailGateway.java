package com.communitysuite.notification.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * E-mail over SMTP with Spring's {@link JavaMailSender} (Jakarta Mail): plain UTF-8 text, and for meetings the
 * iCalendar object as an {@code invite.ics} attachment of type {@code text/calendar; method=...}, which mail
 * clients offer to add to (or remove from) the calendar. An address the server refuses is a refusal; a server that
 * cannot be reached or answers a passing failure is tried again.
 */
public class SmtpMailGateway implements MailGateway {

    private static final Log log = LogFactory.getLog(SmtpMailGateway.class);
    static final String CALENDAR_FILE = "invite.ics";

    private final JavaMailSender mailSender;
    private final MailProperties properties;

    public SmtpMailGateway(JavaMailSender mailSender, MailProperties properties) {
        if (properties.from() == null || properties.from().isBlank()) {
            throw new IllegalStateException("notification.mail.from is required to send e-mail");
        }
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public MailResult send(OutgoingMail mail) {
        try {
            mailSender.send(message(mail));
            return new Sent();
        }
        catch (MailAuthenticationException | MailParseException | MailPreparationException e) {
            return new Refused(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        catch (MailSendException e) {
            boolean addressRefused = e.getFailedMessages().values().stream()
                    .anyMatch(failure -> failure instanceof SendFailedException sendFailed
                            && sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0);
            log.warn("SMTP send failed: " + e.getMessage());
            return addressRefused ? new Refused("address refused: " + e.getMessage())
                    : new TryAgain("SMTP: " + e.getMessage());
        }
        catch (MailException e) {
            return new TryAgain("SMTP: " + e.getMessage());
        }
    }

    private MimeMessage message(OutgoingMail mail) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            boolean withCalendar = mail.calendar() != null;
            MimeMessageHelper helper = new MimeMessageHelper(message, withCalendar, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from(), properties.fromName());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            if (withCalendar) {
                MimeBodyPart calendar = new MimeBodyPart();
                String type = "text/calendar; method=" + mail.calendarMethod() + "; charset=UTF-8; name="
                        + CALENDAR_FILE;
                calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                        mail.calendar().getBytes(StandardCharsets.UTF_8), type)));
                calendar.setFileName(CALENDAR_FILE);
                calendar.setHeader("Content-Type", type);
                calendar.setHeader("Content-Transfer-Encoding", "base64");
                calendar.setHeader("Content-Class", "urn:content-classes:calendarmessage");
                calendar.setHeader("Content-Description", CALENDAR_FILE);
                helper.getRootMimeMultipart().addBodyPart(calendar);
            }
        }
        catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("cannot build the message", e);
        }
        return message;
    }
}
