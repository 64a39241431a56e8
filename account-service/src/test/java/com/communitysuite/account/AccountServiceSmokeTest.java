package com.communitysuite.account;

import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.platform.test.ServiceSmokeContract;

@ServiceIntegrationTest
class AccountServiceSmokeTest extends ServiceSmokeContract {
}
