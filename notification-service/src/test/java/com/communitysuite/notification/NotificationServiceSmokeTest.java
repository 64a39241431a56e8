package com.communitysuite.notification;

import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.platform.test.ServiceSmokeContract;

@ServiceIntegrationTest
class NotificationServiceSmokeTest extends ServiceSmokeContract {
}
