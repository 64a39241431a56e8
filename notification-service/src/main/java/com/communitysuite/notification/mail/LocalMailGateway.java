package com.communitysuite.notification.mail;

import com.communitysuite.notification.delivery.LocalOutbox;

/**
 * The local profile's e-mail: one line of {@code email.jsonl} per message. A verification code keeps exactly the
 * fields account-service asked with ({@code {"channel","to","template","code","subject","body","at"}}); a meeting
 * e-mail has {@code template} {@code meeting-invitation} or {@code meeting-cancellation} and the iCalendar text in
 * {@code calendar}.
 */
class LocalMailGateway implements MailGateway {

    private final LocalOutbox outbox;

    LocalMailGateway(LocalOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public MailResult send(OutgoingMail mail) {
        outbox.append("email", mail.fields());
        return new Sent();
    }
}
