package com.communitysuite.activity.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.activity.ActivityProperties;

/** The mini-program's activity lists and details, each filtered, counted and paged in SQL. */
@Service
@Transactional(readOnly = true)
public class MpActivityQueries {

    private final ActivityRepository activities;
    private final ActivityProperties properties;
    private final Clock clock;

    MpActivityQueries(ActivityRepository activities, ActivityProperties properties, Clock clock) {
        this.activities = activities;
        this.properties = properties;
        this.clock = clock;
    }

    /** A page of activities: page from 1. */
    public record Slice(List<Activity> activities, long total) {
    }

    public Slice published(String search, MpPhaseFilter phase, Integer category, int page, int size) {
        return slice(MpActivityFilters.mp(ActivityStatus.PUBLISHED)
                .and(MpActivityFilters.titleContainsAll(search))
                .and(MpActivityFilters.category(category))
                .and(MpActivityFilters.phase(phase, today())), page, size);
    }

    public Slice recent(int page, int size) {
        return slice(MpActivityFilters.mp(ActivityStatus.PUBLISHED).and(MpActivityFilters.startingFrom(today())),
                page, size);
    }

    public Slice waiting(int page, int size) {
        return slice(MpActivityFilters.mp(ActivityStatus.WAITING), page, size);
    }

    /** The caller's own activities in that status (published, waiting, drafts). */
    public Slice own(long accountId, ActivityStatus status, int page, int size) {
        return slice(MpActivityFilters.mp(status).and(MpActivityFilters.ownedBy(accountId)), page, size);
    }

    public Activity published(long id) {
        return one(id, ActivityStatus.PUBLISHED);
    }

    public Activity waiting(long id) {
        return one(id, ActivityStatus.WAITING);
    }

    public Activity ownDraft(long accountId, long id) {
        Activity draft = one(id, ActivityStatus.DRAFT);
        if (!draft.ownedBy(accountId)) {
            throw MpActivities.notFound();
        }
        return draft;
    }

    /** The counts of the original's {@code /countactivities/}, by phase, under the same search and category. */
    public Map<MpPhaseFilter, Long> counts(String search, Integer category) {
        Specification<Activity> base = MpActivityFilters.mp(ActivityStatus.PUBLISHED)
                .and(MpActivityFilters.titleContainsAll(search))
                .and(MpActivityFilters.category(category));
        LocalDate today = today();
        Map<MpPhaseFilter, Long> counts = new java.util.EnumMap<>(MpPhaseFilter.class);
        for (MpPhaseFilter phase : MpPhaseFilter.values()) {
            counts.put(phase, activities.count(base.and(MpActivityFilters.phase(phase, today))));
        }
        return counts;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }

    private Activity one(long id, ActivityStatus status) {
        return activities.findById(id)
                .filter(a -> ActivitySurface.MP.equals(a.surface()) && a.status() == status)
                .orElseThrow(MpActivities::notFound);
    }

    private Slice slice(Specification<Activity> filter, int page, int size) {
        Page<Activity> found = activities.findAll(filter, PageRequest.of(page - 1, size, MpActivityFilters.ORDER));
        return new Slice(found.getContent(), found.getTotalElements());
    }
}
