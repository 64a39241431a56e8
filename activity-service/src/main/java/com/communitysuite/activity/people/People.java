package com.communitysuite.activity.people;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.jdbc.core.JdbcTemplate;

/** Users as campus shows them beside activities and comments, kept from user-service's and account-service's events. */
@Service
public class People {

    private final NamedParameterJdbcTemplate named;

    People(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A user this service has not heard of yet has no name, avatar, e-mail or sign. */
    public record Person(long accountId, String nickname, String avatar, String email, String bio) {

        public static Person unknown(long accountId) {
            return new Person(accountId, null, null, null, null);
        }
    }

    /** The users of the ids, in one query; every id answers, unknown ones with {@link Person#unknown}. */
    @Transactional(readOnly = true)
    public Map<Long, Person> byIds(Collection<Long> accountIds) {
        Map<Long, Person> known = accountIds.isEmpty() ? Map.of()
                : named.query("SELECT account_id, nickname, avatar, email, bio FROM person_copy"
                        + " WHERE account_id IN (:ids)", new MapSqlParameterSource("ids", accountIds),
                        (rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)))
                        .stream().collect(Collectors.toMap(Person::accountId, Function.identity()));
        return accountIds.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), id -> known.getOrDefault(id, Person.unknown(id))));
    }
}
