package com.communitysuite.user.level;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.web.mp.PageNumberPage;
import com.communitysuite.platform.web.mp.PageNumberRequest;
import com.communitysuite.user.profile.MpTexts;
import com.communitysuite.user.profile.MpUserSearch;
import com.communitysuite.user.profile.MpUserSearch.MpUser;
import com.communitysuite.user.profile.ProfileLevels;
import com.communitysuite.user.profile.UserProfile;
import com.communitysuite.user.profile.UserProfileRepository;

/** Sponsors (activity level 2), named by activity admins, and the admin levels super users grant. */
@Service
public class LevelService {

    private final UserProfileRepository profiles;
    private final ProfileLevels levels;
    private final MpUserSearch search;

    LevelService(UserProfileRepository profiles, ProfileLevels levels, MpUserSearch search) {
        this.profiles = profiles;
        this.levels = levels;
        this.search = search;
    }

    /** A user's levels as the admin API shows them. */
    public record Levels(long id, int level, int activityLevel) {
        static Levels of(UserProfile profile) {
            return new Levels(profile.accountId(), profile.level(), profile.activityLevel());
        }
    }

    @Transactional(readOnly = true)
    public Levels levelsOf(long accountId) {
        return Levels.of(profiles.findById(accountId).orElseThrow(LevelService::notFound));
    }

    /** A super user sets either level (1 to 3); the other stays. */
    @Transactional
    public Levels grant(long accountId, Integer level, Integer activityLevel) {
        checkRange("level", level);
        checkRange("activity_level", activityLevel);
        UserProfile profile = profiles.lockById(accountId).orElseThrow(LevelService::notFound);
        levels.change(profile, level == null ? profile.level() : level,
                activityLevel == null ? profile.activityLevel() : activityLevel);
        return Levels.of(profile);
    }

    @Transactional(readOnly = true)
    public PageNumberPage<MpUser> sponsors(String nameSearch, PageNumberRequest page) {
        return search.page("p.activity_level = 2", new MapSqlParameterSource(), nameSearch, page);
    }

    @Transactional(readOnly = true)
    public PageNumberPage<MpUser> nonSponsors(String nameSearch, PageNumberRequest page) {
        return search.page("p.activity_level = 1", new MapSqlParameterSource(), nameSearch, page);
    }

    /** Every user named must be a plain user of activities (all or nothing). */
    @Transactional
    public void addSponsors(Set<Long> accountIds) {
        for (UserProfile profile : allWithActivityLevel(accountIds, UserProfile.USER)) {
            levels.change(profile, profile.level(), UserProfile.SPONSOR);
        }
    }

    /** Every user named must be a sponsor (all or nothing); their activities stay. */
    @Transactional
    public void removeSponsors(Set<Long> accountIds) {
        for (UserProfile profile : allWithActivityLevel(accountIds, UserProfile.SPONSOR)) {
            levels.change(profile, profile.level(), UserProfile.USER);
        }
    }

    private List<UserProfile> allWithActivityLevel(Set<Long> accountIds, int activityLevel) {
        List<UserProfile> users = profiles.lockAll(accountIds);
        if (users.size() != accountIds.size() || users.stream().anyMatch(u -> u.activityLevel() != activityLevel)) {
            throw new ConflictException("user.changed", MpTexts.INFORMATION_CHANGED);
        }
        return users;
    }

    private static void checkRange(String field, Integer value) {
        if (value != null && (value < 1 || value > 3)) {
            throw new InvalidInputException(field, "“" + value + "” 不是合法选项。");
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("user.not-found", "未找到。");
    }
}
