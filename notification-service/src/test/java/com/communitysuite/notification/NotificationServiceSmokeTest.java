package com.communitysuite.notification;

import com.communitysuite.notification.support.NotificationServiceTest;
import com.communitysuite.platform.test.ServiceSmokeContract;

@NotificationServiceTest
class NotificationServiceSmokeTest extends ServiceSmokeContract {
}
