package com.communitysuite.user.profile;

import java.time.Clock;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;
import com.communitysuite.user.group.Memberships;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.ObjectMapper;

/**
 * Keeps profiles in step with accounts: a profile for each new account, the WeChat nickname and avatar a campus
 * user submits, the verified campus e-mail, groups, cities and levels dropped when privacy consent is withdrawn, and
 * nothing personal left of a user who logged off.
 */
@Component
class AccountEventsListener {

    static final String CONSUMER = "user-service.profiles";

    private final IdempotentConsumer consumer;
    private final UserProfileRepository profiles;
    private final ProfileLevels levels;
    private final Memberships memberships;
    private final UserErasure erasure;
    private final ObjectMapper json;
    private final Clock clock;

    AccountEventsListener(IdempotentConsumer consumer, UserProfileRepository profiles, ProfileLevels levels,
            Memberships memberships, UserErasure erasure, ObjectMapper json, Clock clock) {
        this.consumer = consumer;
        this.profiles = profiles;
        this.levels = levels;
        this.memberships = memberships;
        this.erasure = erasure;
        this.json = json;
        this.clock = clock;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Registered(Long accountId, String uid, String surface, String nickname, String avatarUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileSubmitted(Long accountId, String nickname, String avatarUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConsentChanged(Long accountId, Boolean agreed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EmailVerified(Long accountId, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LoggedOff(Long accountId) {
    }

    @KafkaListener(topics = "account-service.events", groupId = "user-service.profiles")
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case "account.registered" -> registered(read(event, Registered.class));
            case "account.profile-submitted" -> {
                ProfileSubmitted submitted = read(event, ProfileSubmitted.class);
                if (submitted.accountId() != null) {
                    profiles.findById(submitted.accountId()).ifPresent(profile -> profile.submitted(
                            submitted.nickname(), submitted.avatarUrl(), clock.instant()));
                }
            }
            case "account.email-verified" -> {
                EmailVerified verified = read(event, EmailVerified.class);
                if (verified.accountId() != null) {
                    profiles.findById(verified.accountId())
                            .ifPresent(profile -> profile.emailVerified(verified.email(), clock.instant()));
                }
            }
            case "account.privacy-consent-changed" -> {
                ConsentChanged changed = read(event, ConsentChanged.class);
                if (changed.accountId() != null && Boolean.FALSE.equals(changed.agreed())) {
                    consentRevoked(changed.accountId());
                }
            }
            case "account.logged-off" -> {
                LoggedOff loggedOff = read(event, LoggedOff.class);
                if (loggedOff.accountId() != null) {
                    erasure.erase(loggedOff.accountId());
                }
            }
            default -> {
            }
        }
    }

    private void registered(Registered registered) {
        if (registered.accountId() == null || registered.uid() == null || profiles.existsById(registered.accountId())) {
            return;
        }
        String uid = registered.uid();
        String nickname = registered.nickname() != null && !registered.nickname().isBlank() ? registered.nickname()
                : "USER_" + uid.substring(0, Math.min(8, uid.length()));
        // The app asks a new user for a nickname and an avatar first; WeChat users come with theirs.
        boolean initialised = !"app".equals(registered.surface());
        profiles.save(new UserProfile(registered.accountId(), uid, nickname, registered.avatarUrl(), initialised,
                clock.instant()));
    }

    /** As the original's revoke: no groups, no cities, plain levels, no gitee name. */
    private void consentRevoked(long accountId) {
        profiles.lockById(accountId).ifPresent(profile -> {
            memberships.leaveAll(accountId);
            profile.consentRevoked(clock.instant());
            levels.change(profile, UserProfile.USER, UserProfile.USER);
        });
    }

    private <T> T read(EventEnvelope event, Class<T> type) {
        return json.treeToValue(event.data(), type);
    }
}
