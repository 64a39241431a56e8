package com.communitysuite.activity.campus;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.communitysuite.activity.activity.Activity;
import com.communitysuite.activity.activity.CampusActivities.CampusCaller;
import com.communitysuite.activity.catalog.Catalog;
import com.communitysuite.activity.comment.Comments.Comment;
import com.communitysuite.activity.organization.Organizations;
import com.communitysuite.activity.people.People;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The campus shapes of activities, comments and organizations, as the original's serializers wrote them: the detail
 * with owner, category, organization, address and block nested ({@code depth=1}), the flat one with ids. A list is
 * assembled with one query per kind of nested thing, never one per row.
 */
@Component
class CampusViews {

    private final People people;
    private final Catalog catalog;
    private final Organizations organizations;

    CampusViews(People people, Catalog catalog, Organizations organizations) {
        this.people = people;
        this.catalog = catalog;
        this.organizations = organizations;
    }

    static CampusCaller caller(SuiteIdentity identity) {
        return new CampusCaller(identity.accountId(), identity.hasRole(SuiteIdentity.ROLE_ADMIN));
    }

    record UserView(long id, String name, @Schema(nullable = true) String avatar, @Schema(nullable = true) String email,
            @Schema(nullable = true) String sign) {

        static UserView of(People.Person person) {
            return new UserView(person.accountId(), person.nickname() == null ? "" : person.nickname(),
                    person.avatar(), person.email(), person.bio());
        }
    }

    record BlockView(long id, String name) {
    }

    /** Coordinates as DRF's DecimalField wrote them: strings with six decimals. */
    record AddressView(long id, String name, String longitude, String latitude) {

        static AddressView of(Catalog.Address address) {
            return new AddressView(address.id(), address.name(), address.longitude().setScale(6).toPlainString(),
                    address.latitude().setScale(6).toPlainString());
        }
    }

    /** An organization nested in an activity: its own owner and block by id. */
    record OrganizationFlat(long id, String name, @Schema(nullable = true) String description,
            @JsonProperty("create_time") String createTime, @Schema(nullable = true) String avatar, long owner,
            @Schema(nullable = true) Long block) {

        static OrganizationFlat of(Organizations.Organization organization) {
            return new OrganizationFlat(organization.id(), organization.name(), null,
                    CampusTime.of(organization.firstSeenAt()), organization.cover(), organization.ownerAccountId(),
                    organization.blockId());
        }
    }

    /** An organization as the recommended organizations list shows it: owner and block nested. */
    record OrganizationDetail(long id, UserView owner, String name, @Schema(nullable = true) String description,
            @JsonProperty("create_time") String createTime, @Schema(nullable = true) String avatar,
            @Schema(nullable = true) BlockView block) {
    }

    record ActivityDetail(long id, UserView owner, String name, @JsonProperty("begin_time") String beginTime,
            @JsonProperty("end_time") String endTime, @JsonProperty("pub_time") String pubTime,
            @Schema(nullable = true) Integer contain, @Schema(nullable = true) String description, boolean review,
            @Schema(nullable = true) Catalog.Category type, @Schema(nullable = true) OrganizationFlat org,
            @Schema(nullable = true) AddressView location, @Schema(nullable = true) BlockView block) {
    }

    record ActivityFlat(long id, String name, @JsonProperty("begin_time") String beginTime,
            @JsonProperty("end_time") String endTime, @JsonProperty("pub_time") String pubTime,
            @Schema(nullable = true) Integer contain, @Schema(nullable = true) String description, boolean review,
            long owner, @Schema(nullable = true) Long type, @Schema(nullable = true) Long org,
            @Schema(nullable = true) Long location, @Schema(nullable = true) Long block) {

        static ActivityFlat of(Activity a) {
            return new ActivityFlat(a.id(), a.title(), CampusTime.of(a.startAt()), CampusTime.of(a.endAt()),
                    CampusTime.of(a.publishedAt()), a.capacity(), a.synopsis(), a.reviewRequired(),
                    a.ownerAccountId(), a.categoryId(), a.organizationId(), a.locationId(), a.blockId());
        }
    }

    /** What a campus PUT answers: the fields it wrote, no id. */
    record ActivityUpdated(String name, @JsonProperty("begin_time") String beginTime,
            @JsonProperty("end_time") String endTime, @Schema(nullable = true) Integer contain,
            @Schema(nullable = true) String description,
            @Schema(nullable = true) Long type, @Schema(nullable = true) Long location) {

        static ActivityUpdated of(Activity a) {
            return new ActivityUpdated(a.title(), CampusTime.of(a.startAt()), CampusTime.of(a.endAt()), a.capacity(),
                    a.synopsis(), a.categoryId(), a.locationId());
        }
    }

    record JoinedEntry(ActivityDetail act) {
    }

    record JoinedFlatEntry(ActivityFlat act) {
    }

    record CommentDetail(long id, UserView user, @Schema(nullable = true) String content,
            @JsonProperty("pub_time") String pubTime, double score, long act) {
    }

    ActivityDetail detail(Activity activity) {
        return details(List.of(activity)).get(0);
    }

    List<ActivityDetail> details(List<Activity> activities) {
        Map<Long, People.Person> owners = people.byIds(ids(activities, Activity::ownerAccountId));
        Map<Long, Catalog.Category> categories = catalog.categoriesByIds(ids(activities, Activity::categoryId));
        Map<Long, Catalog.Address> addresses = catalog.addressesByIds(ids(activities, Activity::locationId));
        Map<Long, Organizations.Organization> orgs = organizations.byIds(ids(activities, Activity::organizationId));
        Map<Long, Organizations.Block> blocks = organizations.blocks(ids(activities, Activity::blockId));
        return activities.stream().map(a -> {
            Organizations.Organization org = lookUp(orgs, a.organizationId());
            Catalog.Address address = lookUp(addresses, a.locationId());
            return new ActivityDetail(a.id(), UserView.of(owners.get(a.ownerAccountId())), a.title(),
                    CampusTime.of(a.startAt()), CampusTime.of(a.endAt()), CampusTime.of(a.publishedAt()),
                    a.capacity(), a.synopsis(), a.reviewRequired(), lookUp(categories, a.categoryId()),
                    org == null ? null : OrganizationFlat.of(org), address == null ? null : AddressView.of(address),
                    blockView(blocks, a.blockId()));
        }).toList();
    }

    List<CommentDetail> comments(List<Comment> comments) {
        Map<Long, People.Person> authors = people.byIds(
                comments.stream().map(Comment::authorAccountId).collect(Collectors.toSet()));
        return comments.stream().map(c -> new CommentDetail(c.id(), UserView.of(authors.get(c.authorAccountId())),
                c.content(), CampusTime.of(c.createdAt()), c.score().doubleValue(), c.activityId())).toList();
    }

    List<OrganizationDetail> organizations(List<Organizations.Organization> list) {
        Map<Long, People.Person> owners = people.byIds(
                list.stream().map(Organizations.Organization::ownerAccountId).collect(Collectors.toSet()));
        Map<Long, Organizations.Block> blocks = organizations.blocks(list.stream()
                .map(Organizations.Organization::blockId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return list.stream().map(o -> new OrganizationDetail(o.id(), UserView.of(owners.get(o.ownerAccountId())),
                o.name(), null, CampusTime.of(o.firstSeenAt()), o.cover(), blockView(blocks, o.blockId()))).toList();
    }

    /** The maps may be immutable ones, which refuse to look up null. */
    private static <V> V lookUp(Map<Long, V> map, Long id) {
        return id == null ? null : map.get(id);
    }

    private static BlockView blockView(Map<Long, Organizations.Block> blocks, Long id) {
        Organizations.Block block = lookUp(blocks, id);
        return block == null ? null : new BlockView(block.id(), block.name());
    }

    private static <T> Set<Long> ids(List<Activity> activities, java.util.function.Function<Activity, T> id) {
        Set<Long> ids = new HashSet<>();
        for (Activity activity : activities) {
            Object value = id.apply(activity);
            if (value != null) {
                ids.add(((Number) value).longValue());
            }
        }
        return ids;
    }
}
