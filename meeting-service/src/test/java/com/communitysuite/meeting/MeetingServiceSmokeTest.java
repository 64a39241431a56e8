package com.communitysuite.meeting;

import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.platform.test.ServiceSmokeContract;

@ServiceIntegrationTest
class MeetingServiceSmokeTest extends ServiceSmokeContract {
}
