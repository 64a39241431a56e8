package com.communitysuite.account.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.account.PhoneNumber;
import com.communitysuite.account.messages.OutgoingMessages;
import com.communitysuite.platform.events.EventsAutoConfiguration;
import com.communitysuite.platform.test.EventContracts;

import tools.jackson.databind.JsonNode;

/**
 * {@code account.message-requested} is published by the message hand-off that notification-service takes over, not
 * from a record of this package: its contract is checked on what it writes to the outbox (inside a transaction that
 * is rolled back, so nothing is sent or written to the local outbox file).
 */
@AccountServiceTest
class MessageRequestedContractTest {

    @Autowired
    OutgoingMessages messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void smsAndEmailCodesCarryTheContractsFields() {
        assertCarries(() -> messages.smsCaptcha(new PhoneNumber("86", "13900000001"), "123456", Duration.ofMinutes(5)),
                "+8613900000001");
        assertCarries(() -> messages.emailCode("contract@buaa.edu.cn", "a1b2c3", Duration.ofMinutes(10)),
                "contract@buaa.edu.cn");
    }

    private void assertCarries(Runnable send, String recipient) {
        JsonNode data = transactions.execute(status -> {
            send.run();
            String payload = jdbc.queryForObject("SELECT payload FROM outbox_event WHERE aggregate_id = ?"
                    + " ORDER BY position DESC LIMIT 1", String.class, recipient);
            status.setRollbackOnly();
            return EventsAutoConfiguration.EVENT_JSON.readTree(payload).get("data");
        });
        EventContracts.assertCarries("account-service", "account.message-requested", data);
    }
}
