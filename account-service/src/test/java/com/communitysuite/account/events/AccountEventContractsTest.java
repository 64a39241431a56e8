package com.communitysuite.account.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventsAutoConfiguration;
import com.communitysuite.platform.test.EventContracts;

import tools.jackson.databind.JsonNode;

/**
 * Each event account-service publishes, written as the outbox writes it, carries exactly the fields of its contract
 * ({@code contracts/events/account-service/<type>.json}) with values of the same kinds.
 */
class AccountEventContractsTest {

    private static final String UID = "2701a6fbd0464da99789c9ad1ca1c654";

    @Test
    void accountRegistered() {
        assertMatchesContract(new AccountRegistered(12, UID, "mp", "USER_2701a6fb"));
    }

    @Test
    void sessionsRevoked() {
        assertMatchesContract(new SessionsRevoked(12, UID, "app", "signed-in-elsewhere"));
    }

    @Test
    void tokenSessionRevoked() {
        assertMatchesContract(new TokenSessionRevoked(12, UID, UUID.randomUUID().toString(), "logout"));
    }

    @Test
    void loggedOut() {
        assertMatchesContract(new LoggedOut(12, UID));
    }

    @Test
    void loggedOff() {
        assertMatchesContract(new LoggedOff(12, UID));
    }

    @Test
    void privacyConsentChanged() {
        assertMatchesContract(new PrivacyConsentChanged(12, UID, true, "v1"));
    }

    @Test
    void statusChangedWithTheSuperUserAsActorOnly() {
        StatusChanged event = new StatusChanged(12, UID, "FROZEN", 1);

        assertMatchesContract(event);
        assertThat(event.actorId()).isEqualTo("1");
    }

    @Test
    void emailVerifiedKeyedByUidWhichIsNoPartOfTheData() {
        EmailVerified event = new EmailVerified(12, "someone@buaa.edu.cn", UID);

        assertMatchesContract(event);
        assertThat(event.aggregateId()).isEqualTo(UID);
    }

    @Test
    void profileSubmitted() {
        assertMatchesContract(new ProfileSubmitted(12, UID, "小明", "https://thirdwx.qlogo.cn/a.png"));
    }

    @Test
    void messageRequestedForAnSmsAndAnEmailKeyedByTheRecipient() {
        MessageRequested sms = new MessageRequested("sms", "+8613900000001", "captcha", "123456", null, "验证码123456");
        MessageRequested email = new MessageRequested("email", "contract@buaa.edu.cn", "verification-code", "a1b2c3",
                "一苇以航 验证码", "验证码 a1b2c3");

        EventContracts.assertCarries("account-service", "account.message-requested", sms);
        EventContracts.assertCarries("account-service", "account.message-requested", email);
        assertThat(sms.aggregateId()).isEqualTo("+8613900000001");
    }

    @Test
    void apiKeyRevoked() {
        assertMatchesContract(new ApiKeyRevoked(UUID.randomUUID().toString(), 12));
    }

    @Test
    void principalChanged() {
        assertMatchesContract(new PrincipalChanged(12, UID));
    }

    /** Carries every field of the example, and no field the example (and so docs/events.md) does not name. */
    private static void assertMatchesContract(DomainEvent event) {
        String type = DomainEvent.typeOf(event.getClass());
        EventContracts.assertCarries("account-service", type, event);
        JsonNode written = EventsAutoConfiguration.EVENT_JSON.valueToTree(event);
        assertThat(fieldNames(written)).as("fields of %s", type)
                .containsExactlyInAnyOrderElementsOf(fieldNames(EventContracts.example("account-service", type)));
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
