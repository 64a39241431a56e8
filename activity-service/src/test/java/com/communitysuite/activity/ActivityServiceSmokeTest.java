package com.communitysuite.activity;

import com.communitysuite.platform.test.ServiceSmokeContract;

@ActivityServiceTest
class ActivityServiceSmokeTest extends ServiceSmokeContract {
}
