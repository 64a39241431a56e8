package com.communitysuite.clubroom;

import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.platform.test.ServiceSmokeContract;

@ServiceIntegrationTest
class ClubRoomServiceSmokeTest extends ServiceSmokeContract {
}
