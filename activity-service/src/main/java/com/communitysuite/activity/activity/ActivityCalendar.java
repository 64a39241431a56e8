package com.communitysuite.activity.activity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.platform.domain.InvalidInputException;

/**
 * The published mini-program activities of a range of days, for meeting-service's calendar (mp section 四): one
 * call for the whole range. An activity counts on every one of its days, a one-day activity on its day (the
 * original's calendar left those out: a bug not kept).
 */
@Service
@Transactional(readOnly = true)
public class ActivityCalendar {

    /** The longest range one call may ask for. */
    static final int MAX_DAYS = 400;

    private final ActivityRepository activities;
    private final JdbcTemplate jdbc;

    ActivityCalendar(ActivityRepository activities, JdbcTemplate jdbc) {
        this.activities = activities;
        this.jdbc = jdbc;
    }

    /** The activities with at least one day in the range, by start day and then creation. */
    public List<Activity> overlapping(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return activities.findAll(MpActivityFilters.mp(ActivityStatus.PUBLISHED)
                .and((root, query, cb) -> cb.and(cb.lessThanOrEqualTo(root.get("startDate"), to),
                        cb.greaterThanOrEqualTo(root.get("endDate"), from))),
                Sort.by("startDate", "createdAt", "id"));
    }

    /** The days in the range on which at least one activity takes place, in order. */
    public List<LocalDate> days(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return jdbc.queryForList("SELECT DISTINCT day::date FROM activity,"
                + " generate_series(GREATEST(start_date, ?), LEAST(end_date, ?), interval '1 day') AS day"
                + " WHERE surface = 'mp' AND status = 'PUBLISHED' AND start_date <= ? AND end_date >= ?"
                + " ORDER BY 1", LocalDate.class, from, to, to, from);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "is not before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "is less than " + MAX_DAYS + " days after from");
        }
    }
}
