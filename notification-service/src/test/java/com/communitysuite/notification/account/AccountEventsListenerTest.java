package com.communitysuite.notification.account;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.notification.inbox.Inbox;
import com.communitysuite.notification.inbox.Notice;
import com.communitysuite.notification.people.People;
import com.communitysuite.notification.push.PushDevices;
import com.communitysuite.notification.push.PushPlatform;
import com.communitysuite.notification.support.Events;
import com.communitysuite.notification.support.NotificationServiceTest;
import com.communitysuite.notification.support.Probe;
import com.communitysuite.platform.test.MutableClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

/** account-service's events: codes delivered by SMS and e-mail, devices unbound on sign-out, a log-off erased. */
@NotificationServiceTest
class AccountEventsListenerTest {

    static final String ACCOUNT_SERVICE = "account-service";

    @Autowired
    AccountEventsListener listener;
    @Autowired
    PushDevices devices;
    @Autowired
    Inbox inbox;
    @Autowired
    People people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WireMockServer outside;
    @Autowired
    GreenMail smtp;
    @Autowired
    MutableClock clock;

    @Test
    void anSmsCaptchaGoesToDysmsWithTheCodeAsTemplateParameter() {
        String phone = "+86139" + String.format("%08d", Events.newAccountId() % 100_000_000);

        listener.on(Events.at(Events.example(ACCOUNT_SERVICE, "account.message-requested", Map.of("to", phone)),
                clock.instant()));

        List<LoggedRequest> sent = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> outside.findAll(getRequestedFor(urlPathEqualTo("/"))).stream()
                        .filter(r -> phone.substring(3).equals(r.queryParameter("PhoneNumbers").firstValue()))
                        .toList(), requests -> !requests.isEmpty());
        assertThat(sent.get(0).queryParameter("TemplateParam").firstValue()).isEqualTo("{\"code\":\"123456\"}");
        assertThat(sent.get(0).queryParameter("Action").firstValue()).isEqualTo("SendSms");
        assertThat(Probe.awaitFinished(jdbc, "sms", phone)).extracting(row -> row.get("status"))
                .containsExactly("SENT");
    }

    @Test
    void anEmailCodeGoesOutOverSmtpWithTheBodyAccountServiceWrote() throws Exception {
        String address = "code" + Events.newAccountId() + "@example.com";

        listener.on(Events.at(Events.example(ACCOUNT_SERVICE, "account.message-requested", Map.of("channel",
                "email", "to", address, "subject", "一苇以航 验证码", "body", "您的验证码为 654321，5 分钟内有效。", "code",
                "654321")), clock.instant()));

        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> List.of(
                smtp.getReceivedMessagesForDomain("example.com")).stream().filter(m -> recipient(m).equals(address))
                .findFirst().orElse(null), m -> m != null);
        assertThat(mail.getSubject()).isEqualTo("一苇以航 验证码");
        assertThat(mail.getContent().toString()).contains("654321");
    }

    @Test
    void aCodeThatCouldNotBeSentInTimeIsNotSentLater() {
        String phone = "+86137" + String.format("%08d", Events.newAccountId() % 100_000_000);
        String stale = Events.at(Events.example(ACCOUNT_SERVICE, "account.message-requested", Map.of("to", phone)),
                clock.instant().minus(Duration.ofMinutes(6)));

        listener.on(stale);

        assertThat(Probe.awaitFinished(jdbc, "sms", phone)).extracting(row -> row.get("status"))
                .containsExactly("EXPIRED");
    }

    @Test
    void signingOutUnbindsTheDevicesBoundBeforeButNotOneBoundAfter() {
        long account = Events.newAccountId();
        devices.bind(account, PushPlatform.IOS, "out" + account);
        String loggedOut = Events.at(Events.example(ACCOUNT_SERVICE, "account.logged-out", Map.of("accountId",
                account)), clock.instant().plusMillis(1));

        listener.on(loggedOut);
        assertThat(devices.devicesOf(account)).isEmpty();

        long appUser = Events.newAccountId();
        devices.bind(appUser, PushPlatform.ANDROID, "app" + appUser);
        listener.on(Events.at(Events.example(ACCOUNT_SERVICE, "account.sessions-revoked", Map.of("accountId",
                appUser)), clock.instant().minus(Duration.ofMinutes(1))));
        assertThat(devices.devicesOf(appUser)).as("bound after that sign-out").hasSize(1);

        listener.on(Events.at(Events.example(ACCOUNT_SERVICE, "account.sessions-revoked", Map.of("accountId",
                appUser)), clock.instant().plusMillis(1)));
        assertThat(devices.devicesOf(appUser)).isEmpty();
    }

    @Test
    void loggingOffErasesTheInboxDevicesAndWhatIsKnownOfTheUser() {
        long account = Events.newAccountId();
        long other = Events.newAccountId();
        devices.bind(account, PushPlatform.ANDROID, "off" + account);
        inbox.deliver(Notice.system(account, "t", "c", ""));
        people.profileChanged(account, Events.newUid(), "要走的人");
        people.blocked(other, account);

        listener.on(Events.example(ACCOUNT_SERVICE, "account.logged-off", Map.of("accountId", account)));

        assertThat(Probe.inbox(jdbc, account)).isEmpty();
        assertThat(devices.devicesOf(account)).isEmpty();
        assertThat(people.nickname(account)).isEmpty();
        assertThat(people.hasBlocked(other, account)).isFalse();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
