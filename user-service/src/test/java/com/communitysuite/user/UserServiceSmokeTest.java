package com.communitysuite.user;

import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.platform.test.ServiceSmokeContract;

@ServiceIntegrationTest
class UserServiceSmokeTest extends ServiceSmokeContract {
}
