package com.communitysuite.user.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.platform.web.mp.PageNumberPage;
import com.communitysuite.platform.web.mp.PageNumberRequest;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The mp surface's user lists (group and city members and non-members, sponsors): users matching a condition,
 * ordered by nickname, filtered as DRF's SearchFilter did ({@code search} split on spaces and commas, every term a
 * case-insensitive part of the nickname), one page at a time.
 */
@Component
public class MpUserSearch {

    private final NamedParameterJdbcTemplate jdbc;

    MpUserSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A user in an mp list. */
    public record MpUser(long id, String nickname,
            @JsonProperty("gitee_name") @Schema(nullable = true) String giteeName, String avatar) {
    }

    /**
     * @param condition an SQL condition on {@code p} (user_profile) with named parameters
     */
    @Transactional(readOnly = true)
    public PageNumberPage<MpUser> page(String condition, MapSqlParameterSource parameters, String search,
            PageNumberRequest page) {
        StringBuilder where = new StringBuilder(" WHERE (").append(condition).append(")");
        List<String> terms = terms(search);
        for (int i = 0; i < terms.size(); i++) {
            where.append(" AND lower(p.nickname) LIKE :term").append(i).append(" ESCAPE '\\'");
            parameters.addValue("term" + i, "%" + escape(terms.get(i)) + "%");
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM user_profile p" + where, parameters, Long.class);
        parameters.addValue("limit", page.size()).addValue("offset", page.offset());
        List<MpUser> users = jdbc.query("SELECT p.account_id, p.nickname, p.gitee_name, p.avatar FROM user_profile p"
                + where + " ORDER BY p.nickname, p.account_id LIMIT :limit OFFSET :offset", parameters,
                (row, n) -> new MpUser(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
        return page.page(total, users);
    }

    static List<String> terms(String search) {
        List<String> terms = new ArrayList<>();
        if (search != null) {
            for (String term : search.split("[\\s,]+")) {
                if (!term.isEmpty()) {
                    terms.add(term.toLowerCase(Locale.ROOT));
                }
            }
        }
        return terms;
    }

    private static String escape(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
