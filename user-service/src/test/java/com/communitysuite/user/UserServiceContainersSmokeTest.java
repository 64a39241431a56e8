package com.communitysuite.user;

import com.communitysuite.platform.test.ContainerServiceIntegrationTest;
import com.communitysuite.platform.test.ServiceSmokeContract;

/** The service on PostgreSQL and Kafka containers; skipped where no Docker engine runs. */
@ContainerServiceIntegrationTest
class UserServiceContainersSmokeTest extends ServiceSmokeContract {
}
