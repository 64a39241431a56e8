package com.communitysuite.activity;

import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.platform.test.ServiceSmokeContract;

@ServiceIntegrationTest
class ActivityServiceSmokeTest extends ServiceSmokeContract {
}
