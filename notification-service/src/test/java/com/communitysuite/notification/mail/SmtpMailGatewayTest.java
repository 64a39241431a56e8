package com.communitysuite.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** E-mail over SMTP to GreenMail, read back. */
class SmtpMailGatewayTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void aCodeIsPlainUtf8TextFromTheConfiguredSender() throws Exception {
        gateway().send(new OutgoingMail("user@example.com", "一苇以航 验证码", "您的验证码为 123456", null, null, Map.of()));

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("一苇以航 验证码");
        assertThat(mail.getFrom()[0].toString()).contains("meetings@suite.test", "Suite Meetings");
        assertThat(mail.getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getContent().toString()).isEqualTo("您的验证码为 123456");
    }

    @Test
    void aMeetingMailCarriesTheCalendarAsAnInviteAttachment() throws Exception {
        String ics = MeetingCalendar.request(MeetingCalendarTest.MEETING, java.util.List.of("a@example.com"),
                "meetings@suite.test", MeetingCalendarTest.NOW, "suite.test");

        assertThat(gateway().send(new OutgoingMail("a@example.com", "Infra SIG 例会", "正文", "REQUEST", ics,
                Map.of()))).isInstanceOf(MailGateway.Sent.class);

        MimeMessage mail = smtp.getReceivedMessages()[0];
        Multipart parts = (Multipart) mail.getContent();
        var calendar = parts.getBodyPart(parts.getCount() - 1);
        assertThat(calendar.getContentType()).contains("text/calendar", "method=REQUEST", "name=invite.ics");
        assertThat(calendar.getFileName()).isEqualTo("invite.ics");
        assertThat(calendar.getHeader("Content-Class")).containsExactly("urn:content-classes:calendarmessage");
        assertThat(new String(calendar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(ics);
    }

    @Test
    void anUnreachableServerIsTriedAgain() {
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("localhost");
        nowhere.setPort(1);
        SmtpMailGateway gateway = new SmtpMailGateway(nowhere, properties());

        assertThat(gateway.send(new OutgoingMail("a@example.com", "s", "b", null, null, Map.of())))
                .isInstanceOf(MailGateway.TryAgain.class);
    }

    private static SmtpMailGateway gateway() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());
        return new SmtpMailGateway(sender, properties());
    }

    private static MailProperties properties() {
        return new MailProperties("smtp", "meetings@suite.test", "Suite Meetings", "suite.test", null, null, null);
    }
}
