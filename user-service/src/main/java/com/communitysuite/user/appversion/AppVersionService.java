package com.communitysuite.user.appversion;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.platform.web.app.ClientType;

@Service
public class AppVersionService {

    private final AppVersionRepository versions;

    AppVersionService(AppVersionRepository versions) {
        this.versions = versions;
    }

    /** The newest version above the client's, if there is one; web clients are always current. */
    @Transactional(readOnly = true)
    public Optional<UpgradeOffer> upgradeFor(ClientType clientType, int currentVersionCode) {
        if (clientType == ClientType.WEB) {
            return Optional.empty();
        }
        return UpgradeOffer.from(versions.findTop10ByClientTypeAndVersionCodeGreaterThanEqualOrderByVersionCodeDesc(
                clientType.code(), currentVersionCode), currentVersionCode);
    }
}
