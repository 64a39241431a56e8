package com.communitysuite.notification.mail;

/** Where e-mail goes: an SMTP server, or the local outbox file. */
public interface MailGateway {

    MailResult send(OutgoingMail mail);

    sealed interface MailResult {
    }

    record Sent() implements MailResult {
    }

    record TryAgain(String reason) implements MailResult {
    }

    record Refused(String reason) implements MailResult {
    }
}
