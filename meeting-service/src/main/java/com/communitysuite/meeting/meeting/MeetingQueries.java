package com.communitysuite.meeting.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.meeting.MeetingProperties;

/**
 * The mp document's meeting reads: live meetings only, newest date first, then by start (the original's
 * {@code -date, start}); {@code search} terms (split on spaces and commas) must each be in the topic.
 */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {

    /** One page of meetings and how many there are in all. */
    public record Slice(long total, List<Meeting> meetings) {
    }

    /** {@code type} of the list: sig, msg, tech. */
    public enum Kind {
        SIG(MeetingRequest.SIG), MSG(MeetingRequest.MSG), TECH(MeetingRequest.TECH);

        final int meetingType;

        Kind(int meetingType) {
            this.meetingType = meetingType;
        }

        public static Optional<Kind> of(String text) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(text)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** {@code range} of the list: today, a week either side of today, from today on. */
    public enum Range {
        DAILY, WEEKLY, RECENTLY;

        public static Optional<Range> of(String text) {
            for (Range range : values()) {
                if (range.name().equalsIgnoreCase(text)) {
                    return Optional.of(range);
                }
            }
            return Optional.empty();
        }
    }

    private final EntityManager entities;
    private final MeetingRepository meetings;
    private final MeetingProperties properties;
    private final Clock clock;

    MeetingQueries(EntityManager entities, MeetingRepository meetings, MeetingProperties properties, Clock clock) {
        this.entities = entities;
        this.meetings = meetings;
        this.properties = properties;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }

    public Optional<Meeting> live(long id) {
        return meetings.findLive(id);
    }

    public Slice list(String search, Kind kind, Range range, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        searchTerms(search, where, parameters);
        if (kind != null) {
            where.add("m.meetingType = :type");
            parameters.put("type", kind.meetingType);
        }
        if (range != null) {
            LocalDate today = today();
            switch (range) {
                case DAILY -> {
                    where.add("m.date = :today");
                    parameters.put("today", today);
                }
                case WEEKLY -> {
                    where.add("m.date between :from and :to");
                    parameters.put("from", today.minusDays(7));
                    parameters.put("to", today.plusDays(7));
                }
                case RECENTLY -> {
                    where.add("m.date >= :today");
                    parameters.put("today", today);
                }
            }
        }
        return slice(where, parameters, page, size);
    }

    /** The caller's own meetings, or every one for a meeting admin. */
    public Slice bookedBy(long accountId, boolean everyone, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!everyone) {
            where.add("m.creatorAccountId = :account");
            parameters.put("account", accountId);
        }
        return slice(where, parameters, page, size);
    }

    public Slice collectedBy(long accountId, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        where.add("exists (select 1 from MeetingCollection c where c.meetingId = m.id and c.accountId = :account)");
        parameters.put("account", accountId);
        return slice(where, parameters, page, size);
    }

    /** Live meetings on a day, by id (the calendar's order). */
    public List<Meeting> on(LocalDate date) {
        return entities.createQuery("select m from Meeting m where m.cancelledAt is null and m.date = :date"
                + " order by m.id", Meeting.class).setParameter("date", date).getResultList();
    }

    /** The days with a live meeting in {@code [from, to]}. */
    public List<LocalDate> days(LocalDate from, LocalDate to) {
        return entities.createQuery("select distinct m.date from Meeting m where m.cancelledAt is null"
                + " and m.date between :from and :to order by m.date", LocalDate.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    private static void searchTerms(String search, List<String> where, Map<String, Object> parameters) {
        if (search == null || search.isBlank()) {
            return;
        }
        int n = 0;
        for (String term : search.trim().split("[\\s,]+")) {
            if (term.isEmpty()) {
                continue;
            }
            String name = "term" + n++;
            where.add("lower(m.topic) like :" + name + " escape '!'");
            parameters.put(name, "%" + term.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
    }

    private Slice slice(List<String> where, Map<String, Object> parameters, int page, int size) {
        String condition = " where m.cancelledAt is null" + where.stream().map(c -> " and " + c).reduce("", String::concat);
        TypedQuery<Long> count = entities.createQuery("select count(m) from Meeting m" + condition, Long.class);
        TypedQuery<Meeting> rows = entities.createQuery("select m from Meeting m" + condition
                + " order by m.date desc, m.start asc, m.id desc", Meeting.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE) {
            return new Slice(count.getSingleResult(), List.of());
        }
        return new Slice(count.getSingleResult(), rows.setFirstResult((int) offset).setMaxResults(size)
                .getResultList());
    }
}
