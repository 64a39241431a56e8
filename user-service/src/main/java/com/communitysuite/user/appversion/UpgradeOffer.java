package com.communitysuite.user.appversion;

import java.util.List;
import java.util.Optional;

/**
 * The version an app should move to, and whether it must: a version marked forced, or being four or more versions
 * behind, forces the upgrade (the original's rule).
 */
public record UpgradeOffer(AppVersion version, boolean forced) {

    static final int VERSIONS_BEHIND_THAT_FORCE = 4;

    /**
     * @param candidates the client's own version and those above it, newest first
     */
    static Optional<UpgradeOffer> from(List<AppVersion> candidates, int currentVersionCode) {
        if (candidates.isEmpty() || candidates.get(0).versionCode() <= currentVersionCode) {
            return Optional.empty();
        }
        boolean forced = candidates.size() > VERSIONS_BEHIND_THAT_FORCE
                || candidates.stream().anyMatch(AppVersion::forced);
        return Optional.of(new UpgradeOffer(candidates.get(0), forced));
    }
}
