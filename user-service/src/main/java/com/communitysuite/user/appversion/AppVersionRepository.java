package com.communitysuite.user.appversion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppVersionRepository extends JpaRepository<AppVersion, String> {

    List<AppVersion> findTop10ByClientTypeAndVersionCodeGreaterThanEqualOrderByVersionCodeDesc(int clientType,
            int versionCode);
}
