package com.communitysuite.activity.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The mp lists' filters, as SQL predicates: every list is filtered, counted and paged in the database. */
final class MpActivityFilters {

    /** The original's order of every activity list: newest start first, then by id. */
    static final Sort ORDER = Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("id"));

    private MpActivityFilters() {
    }

    static Specification<Activity> mp(ActivityStatus status) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("surface"), ActivitySurface.MP),
                cb.equal(root.get("status"), status));
    }

    static Specification<Activity> ownedBy(long accountId) {
        return (root, query, cb) -> cb.equal(root.get("ownerAccountId"), accountId);
    }

    static Specification<Activity> category(Integer category) {
        return (root, query, cb) -> category == null ? cb.conjunction()
                : cb.equal(root.get("category"), category.shortValue());
    }

    /** DRF's SearchFilter: the terms (split on spaces and commas) must all occur in the title, in any case. */
    static Specification<Activity> titleContainsAll(String search) {
        return (root, query, cb) -> {
            List<Predicate> terms = new ArrayList<>();
            if (search != null) {
                for (String term : search.split("[\\s,]+")) {
                    if (!term.isEmpty()) {
                        terms.add(cb.like(cb.lower(root.get("title")), "%" + escapeLike(term.toLowerCase(Locale.ROOT))
                                + "%", '\\'));
                    }
                }
            }
            return cb.and(terms.toArray(Predicate[]::new));
        };
    }

    static Specification<Activity> phase(MpPhaseFilter phase, LocalDate today) {
        return (root, query, cb) -> switch (phase) {
            case ANY -> cb.conjunction();
            case REGISTERING -> cb.greaterThanOrEqualTo(root.get("endDate"), today);
            case GOING -> cb.and(cb.lessThanOrEqualTo(root.get("startDate"), today),
                    cb.greaterThanOrEqualTo(root.get("endDate"), today));
            case COMPLETED -> cb.lessThan(root.get("endDate"), today);
        };
    }

    static Specification<Activity> startingFrom(LocalDate today) {
        return (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("startDate"), today);
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
