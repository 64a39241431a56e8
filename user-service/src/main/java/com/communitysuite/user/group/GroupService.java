package com.communitysuite.user.group;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.events.DomainEvents;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mp.PageNumberPage;
import com.communitysuite.platform.web.mp.PageNumberRequest;
import com.communitysuite.user.events.CitySaved;
import com.communitysuite.user.events.GroupSaved;
import com.communitysuite.user.profile.MpTexts;
import com.communitysuite.user.profile.MpUserSearch;
import com.communitysuite.user.profile.MpUserSearch.MpUser;
import com.communitysuite.user.profile.ProfileLevels;
import com.communitysuite.user.profile.UserProfile;
import com.communitysuite.user.profile.UserProfileRepository;

/**
 * SIG, MSG and Pro groups and city groups: who is in them (members may create their meetings), lists for the
 * meeting admins who manage them, and the groups a member sees of their own. Joining raises a plain user to member;
 * leaving the last group or city lowers them back.
 */
@Service
public class GroupService {

    static final String MAINTAINER_ONLY = "需要Maintainer权限！！！";

    private final GroupRepository groups;
    private final CityRepository cities;
    private final Memberships memberships;
    private final UserProfileRepository profiles;
    private final ProfileLevels levels;
    private final MpUserSearch search;
    private final NamedParameterJdbcTemplate jdbc;
    private final DomainEvents events;
    private final Clock clock;
    private final String etherpadPrefix;

    GroupService(GroupRepository groups, CityRepository cities, Memberships memberships,
            UserProfileRepository profiles, ProfileLevels levels, MpUserSearch search, NamedParameterJdbcTemplate jdbc,
            DomainEvents events, Clock clock, @Value("${user.mp.etherpad-prefix}") String etherpadPrefix) {
        this.groups = groups;
        this.cities = cities;
        this.memberships = memberships;
        this.profiles = profiles;
        this.levels = levels;
        this.search = search;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.etherpadPrefix = etherpadPrefix.endsWith("/") ? etherpadPrefix.substring(0, etherpadPrefix.length() - 1)
                : etherpadPrefix;
    }

    /** {@code /sigs/}: the SIGs by name, {@code search} on the name. */
    @Transactional(readOnly = true)
    public List<MpGroup> sigs(String nameSearch) {
        List<String> terms = termsOf(nameSearch);
        return groups.findByTypes(List.of((short) GroupType.SIG.code())).stream()
                .filter(g -> terms.stream().allMatch(t -> g.name().toLowerCase(java.util.Locale.ROOT).contains(t)))
                .toList();
    }

    /** {@code /groups/}: the MSG and Pro groups by name. */
    @Transactional(readOnly = true)
    public List<MpGroup> msgAndProGroups() {
        return groups.findByTypes(List.of((short) GroupType.MSG.code(), (short) GroupType.PRO.code()));
    }

    /** A new group (admins; the local profile seeds some); its etherpad as the original named it. */
    @Transactional
    public MpGroup createGroup(String name, int typeCode) {
        String checked = MpTexts.plainText("name", name, 50);
        GroupType type = GroupType.of(typeCode)
                .orElseThrow(() -> new com.communitysuite.platform.domain.InvalidInputException("group_type",
                        MpTexts.PARAMETER_INVALID));
        if (groups.findByName(checked).isPresent()) {
            throw new ConflictException("group.exists", "添加的用户组已经存在，请查看");
        }
        MpGroup group = groups.saveAndFlush(new MpGroup(checked, type, etherpadPrefix + "/p/meetings-" + checked,
                clock.instant()));
        events.publish(new GroupSaved(group.id(), group.name(), group.type().eventName(), group.etherpad()));
        return group;
    }

    @Transactional(readOnly = true)
    public PageNumberPage<MpUser> groupMembers(long groupId, String nameSearch, PageNumberRequest page) {
        return search.page("EXISTS (SELECT 1 FROM group_member m WHERE m.account_id = p.account_id"
                + " AND m.group_id = :group)", new MapSqlParameterSource("group", groupId), nameSearch, page);
    }

    /** Users the admin may add: not in the group and not meeting admins. */
    @Transactional(readOnly = true)
    public PageNumberPage<MpUser> groupNonMembers(long groupId, String nameSearch, PageNumberRequest page) {
        group(groupId);
        return search.page("p.level <> 3 AND NOT EXISTS (SELECT 1 FROM group_member m"
                + " WHERE m.account_id = p.account_id AND m.group_id = :group)",
                new MapSqlParameterSource("group", groupId), nameSearch, page);
    }

    /** Adds the users; unknown users and meeting admins are skipped, members stay members. */
    @Transactional
    public void addToGroup(long groupId, Set<Long> accountIds) {
        MpGroup group = group(groupId);
        for (UserProfile profile : profiles.lockAll(accountIds)) {
            if (profile.level() == UserProfile.ADMIN) {
                continue;
            }
            memberships.join(group, profile.accountId());
            levels.joinedAGroup(profile);
        }
    }

    /** Removes the users; every one must be a member now (all or nothing, as the original). */
    @Transactional
    public void removeFromGroup(long groupId, Set<Long> accountIds) {
        MpGroup group = group(groupId);
        List<UserProfile> users = profiles.lockAll(accountIds);
        if (users.size() != accountIds.size()) {
            throw new ConflictException("user.changed", MpTexts.INFORMATION_CHANGED);
        }
        if (!users.stream().allMatch(u -> memberships.isMember(group, u.accountId()))) {
            throw new ConflictException("group.not-member", MpTexts.PARAMETER_INVALID);
        }
        for (UserProfile profile : users) {
            memberships.leave(group, profile.accountId());
            if (!memberships.hasAny(profile.accountId())) {
                levels.leftTheLastGroup(profile);
            }
        }
    }

    /** {@code /usergroup/<pk>/}: a member's own groups. */
    @Transactional(readOnly = true)
    public List<MpGroup> groupsOf(SuiteIdentity caller, long accountId) {
        requireOwnAsMember(caller, accountId);
        return jdbc.query("SELECT g.id FROM group_member m JOIN mp_group g ON g.id = m.group_id"
                + " WHERE m.account_id = :account ORDER BY g.name", new MapSqlParameterSource("account", accountId),
                (row, n) -> row.getLong(1)).stream().map(id -> groups.findById(id).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public List<MpCity> cities(String nameSearch) {
        List<String> terms = termsOf(nameSearch);
        return cities.findAllByOrderByName().stream()
                .filter(c -> terms.stream().allMatch(t -> c.name().toLowerCase(java.util.Locale.ROOT).contains(t)))
                .toList();
    }

    /** A new city; a name that exists (in any case) is refused with the original's text. */
    @Transactional
    public MpCity createCity(String name) {
        String checked = MpTexts.plainText("name", name, 20);
        if (cities.findByNameIgnoringCase(checked).isPresent()) {
            throw new ConflictException("city.exists", MpTexts.CITY_EXISTS);
        }
        MpCity city = cities.saveAndFlush(new MpCity(checked, etherpadPrefix + "/p/meetings-MSG/" + checked,
                clock.instant()));
        events.publish(new CitySaved(city.id(), city.name(), city.etherpad()));
        return city;
    }

    /** Members of the city, or of any city when none is named. */
    @Transactional(readOnly = true)
    public PageNumberPage<MpUser> cityMembers(Long cityId, String nameSearch, PageNumberRequest page) {
        return search.page("EXISTS (SELECT 1 FROM city_member m WHERE m.account_id = p.account_id"
                + cityCondition(cityId) + ")", cityParameters(cityId), nameSearch, page);
    }

    /** Users not in the city (in no city when none is named) who are not meeting admins. */
    @Transactional(readOnly = true)
    public PageNumberPage<MpUser> cityNonMembers(Long cityId, String nameSearch, PageNumberRequest page) {
        return search.page("p.level <> 3 AND NOT EXISTS (SELECT 1 FROM city_member m"
                + " WHERE m.account_id = p.account_id" + cityCondition(cityId) + ")", cityParameters(cityId),
                nameSearch, page);
    }

    @Transactional
    public void addToCity(long cityId, Set<Long> accountIds) {
        MpCity city = cityForChange(cityId);
        for (UserProfile profile : profiles.lockAll(accountIds)) {
            if (profile.level() == UserProfile.ADMIN) {
                continue;
            }
            memberships.join(city, profile.accountId());
            levels.joinedAGroup(profile);
        }
    }

    /** Removes those of the users who are members (the original checked nothing here). */
    @Transactional
    public void removeFromCity(long cityId, Set<Long> accountIds) {
        MpCity city = cityForChange(cityId);
        for (UserProfile profile : profiles.lockAll(accountIds)) {
            if (memberships.leave(city, profile.accountId()) && !memberships.hasAny(profile.accountId())) {
                levels.leftTheLastGroup(profile);
            }
        }
    }

    /** {@code /usercity/<pk>/}: a member's own cities. */
    @Transactional(readOnly = true)
    public List<MpCity> citiesOf(SuiteIdentity caller, long accountId) {
        requireOwnAsMember(caller, accountId);
        return jdbc.query("SELECT c.id FROM city_member m JOIN mp_city c ON c.id = m.city_id"
                + " WHERE m.account_id = :account ORDER BY c.name", new MapSqlParameterSource("account", accountId),
                (row, n) -> row.getLong(1)).stream().map(id -> cities.findById(id).orElseThrow()).toList();
    }

    /** The city a list names: it must exist. */
    @Transactional(readOnly = true)
    public void requireCity(long cityId) {
        if (!cities.existsById(cityId)) {
            throw new ConflictException("city.not-found", MpTexts.INFORMATION_CHANGED);
        }
    }

    private MpGroup group(long groupId) {
        return groups.findById(groupId).orElseThrow(() -> new ConflictException("group.not-found",
                MpTexts.GROUP_NOT_FOUND));
    }

    /** The original reused its group check for cities, so an unknown city is "用户组不存在" too. */
    private MpCity cityForChange(long cityId) {
        return cities.findById(cityId).orElseThrow(() -> new ConflictException("city.not-found",
                MpTexts.GROUP_NOT_FOUND));
    }

    /** As the original: members only (level 2 exactly), and only their own. */
    private static void requireOwnAsMember(SuiteIdentity caller, long accountId) {
        if (!caller.isAccount() || caller.levels().getOrDefault("level", 1) != UserProfile.MEMBER) {
            throw new NotAllowedException("group.maintainer-only", MAINTAINER_ONLY);
        }
        if (caller.accountId() != accountId) {
            throw new NotAllowedException("user.not-self", MpTexts.INFORMATION_CHANGED);
        }
    }

    private static String cityCondition(Long cityId) {
        return cityId == null ? "" : " AND m.city_id = :city";
    }

    private static MapSqlParameterSource cityParameters(Long cityId) {
        return new MapSqlParameterSource("city", cityId);
    }

    private static List<String> termsOf(String nameSearch) {
        List<String> terms = new java.util.ArrayList<>();
        if (nameSearch != null) {
            for (String term : nameSearch.split("[\\s,]+")) {
                if (!term.isEmpty()) {
                    terms.add(term.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return terms;
    }
}
