package com.communitysuite.activity.recommend;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

import tools.jackson.databind.JsonNode;

/**
 * Keeps each user's recommender portrait from this service's own events: a join or a leave changes the user's, an
 * edit or a deletion of an activity changes its participants'. A portrait is rebuilt from the user's current joins
 * rather than incremented, so redelivered or reordered events leave it right.
 */
@Component
class PortraitListener {

    static final String CONSUMER = "activity-service.portraits";

    private final IdempotentConsumer consumer;
    private final JdbcTemplate jdbc;

    PortraitListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {
        this.consumer = consumer;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = "activity-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    void apply(EventEnvelope event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "participant.joined", "participant.left" -> rebuild(data.path("accountId").asLong(-1));
            case "activity.content-changed", "activity.deleted" -> accounts(data.path("participantAccountIds"))
                    .forEach(this::rebuild);
            default -> {
            }
        }
    }

    /** The user's joins per category and per keyword, from the joins as they stand. */
    void rebuild(long accountId) {
        if (accountId < 0) {
            return;
        }
        jdbc.update("DELETE FROM recommender_portrait WHERE account_id = ?", accountId);
        jdbc.update("INSERT INTO recommender_portrait (account_id, kind, term, weight)"
                + " SELECT ?, 'category', a.category_id::text, count(*) FROM participant p"
                + " JOIN activity a ON a.id = p.activity_id WHERE p.account_id = ? AND p.state = 'JOINED'"
                + " AND a.category_id IS NOT NULL GROUP BY a.category_id", accountId, accountId);
        jdbc.update("INSERT INTO recommender_portrait (account_id, kind, term, weight)"
                + " SELECT ?, 'keyword', k.term, count(*) FROM participant p JOIN activity a ON a.id = p.activity_id"
                + " CROSS JOIN LATERAL unnest(a.keywords) AS k(term) WHERE p.account_id = ? AND p.state = 'JOINED'"
                + " GROUP BY k.term", accountId, accountId);
    }

    private static List<Long> accounts(JsonNode ids) {
        List<Long> accounts = new ArrayList<>();
        if (ids.isArray()) {
            ids.forEach(id -> accounts.add(id.asLong(-1)));
        }
        return accounts;
    }
}
