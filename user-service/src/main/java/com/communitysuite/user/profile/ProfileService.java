package com.communitysuite.user.profile;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.user.events.UserDeleted;
import com.communitysuite.user.events.UserProfileChanged;

/** The profile use cases of every surface: one model, each controller maps it to its document's shape. */
@Service
public class ProfileService {

    static final String USER_NOT_FOUND = "用户不存在";

    private final UserProfileRepository profiles;
    private final ProfileViews views;
    private final UserErasure erasure;
    private final DomainEvents events;
    private final Clock clock;

    ProfileService(UserProfileRepository profiles, ProfileViews views, UserErasure erasure, DomainEvents events,
            Clock clock) {
        this.profiles = profiles;
        this.views = views;
        this.erasure = erasure;
        this.events = events;
        this.clock = clock;
    }

    /** App: the first nickname and avatar; a second time is the document's "already initialised". */
    @Transactional
    public AppProfileView initialise(SuiteIdentity caller, String nickname, String avatar) {
        String name = ProfileRules.nickname(nickname);
        String picture = ProfileRules.avatar(avatar);
        UserProfile profile = own(caller);
        profile.initialise(name, picture, clock.instant());
        announce(profile);
        return views.viewFor(profile.accountId(), profile);
    }

    /** App: nickname, avatar and bio; a blank bio removes it. */
    @Transactional
    public AppProfileView edit(SuiteIdentity caller, String nickname, String avatar, String bio) {
        String name = ProfileRules.nickname(nickname);
        String picture = ProfileRules.avatar(avatar);
        String text = ProfileRules.bio(bio);
        UserProfile profile = own(caller);
        if (!profile.initialised()) {
            throw new NotAllowedException("profile.not-initialised", "用户资料未初始化");
        }
        profile.edit(name, picture, text, clock.instant());
        announce(profile);
        return views.viewFor(profile.accountId(), profile);
    }

    /** App: another user's profile as the caller sees it; a user who has not initialised theirs does not exist. */
    @Transactional(readOnly = true)
    public AppProfileView appProfile(SuiteIdentity caller, String uid) {
        UserProfile profile = profiles.findByUid(uid).filter(UserProfile::initialised)
                .orElseThrow(ProfileService::userNotFound);
        return views.viewFor(caller.accountId(), profile);
    }

    /** Campus {@code users/}: every profile, in id order. */
    @Transactional(readOnly = true)
    public List<UserProfile> all() {
        return profiles.findAll(org.springframework.data.domain.Sort.by("accountId"));
    }

    @Transactional(readOnly = true)
    public UserProfile campusProfile(long accountId) {
        return profiles.findById(accountId).orElseThrow(ProfileService::campusNotFound);
    }

    /** Campus {@code PUT users/{id}/}: the user themselves or a super user. */
    @Transactional
    public UserProfile editOnCampus(SuiteIdentity caller, long accountId, String name, boolean namePresent, String sign,
            String avatar) {
        UserProfile profile = profiles.findById(accountId).orElseThrow(ProfileService::campusNotFound);
        requireSelfOrSuperUser(caller, accountId);
        String checkedName = ProfileRules.campusName(name, namePresent);
        profile.editOnCampus(checkedName, ProfileRules.campusSign(sign), ProfileRules.campusAvatar(avatar),
                clock.instant());
        announce(profile);
        return profile;
    }

    /** Campus {@code DELETE users/{id}/} by a super user: the profile and the user's data here are erased. */
    @Transactional
    public void delete(SuiteIdentity caller, long accountId) {
        UserProfile profile = profiles.lockById(accountId).orElseThrow(ProfileService::campusNotFound);
        erasure.erase(profile.accountId());
        events.publish(new UserDeleted(profile.accountId(), profile.uid(), caller.subject()));
    }

    /** mp {@code PUT /user/<pk>/} by a meeting admin: the user's gitee name. */
    @Transactional
    public UserProfile changeGiteeName(long accountId, String giteeName) {
        UserProfile profile = profiles.findById(accountId)
                .orElseThrow(() -> new NotFoundException("user.not-found", "Not found."));
        profile.giteeNameChanged(MpTexts.giteeName(giteeName), clock.instant());
        announce(profile);
        return profile;
    }

    /** mp {@code GET /userinfo/<pk>/}: the caller's own profile only. */
    @Transactional(readOnly = true)
    public UserProfile mpUserInfo(SuiteIdentity caller, long accountId) {
        if (caller.accountId() == null || caller.accountId() != accountId) {
            throw new NotAllowedException("user.not-self", MpTexts.INFORMATION_CHANGED);
        }
        return profiles.findById(accountId).orElseThrow(() -> new NotFoundException("user.not-found", "Not found."));
    }

    public static boolean selfOrSuperUser(SuiteIdentity caller, long accountId) {
        return caller.isAccount() && (caller.accountId() == accountId || caller.hasRole(SuiteIdentity.ROLE_ADMIN));
    }

    private static void requireSelfOrSuperUser(SuiteIdentity caller, long accountId) {
        if (!selfOrSuperUser(caller, accountId)) {
            throw new NotAllowedException("user.not-self", "您没有执行该操作的权限。");
        }
    }

    private UserProfile own(SuiteIdentity caller) {
        return profiles.findById(caller.accountId()).orElseThrow(ProfileService::userNotFound);
    }

    private void announce(UserProfile profile) {
        events.publish(new UserProfileChanged(profile.accountId(), profile.uid(), profile.nickname(),
                profile.avatar(), profile.bio(), profile.initialised()));
    }

    static NotFoundException userNotFound() {
        return new NotFoundException("user.not-found", USER_NOT_FOUND);
    }

    static NotFoundException campusNotFound() {
        return new NotFoundException("user.not-found", "未找到。");
    }
}
