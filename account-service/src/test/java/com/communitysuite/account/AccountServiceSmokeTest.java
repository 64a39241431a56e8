package com.communitysuite.account;

import com.communitysuite.platform.test.ServiceSmokeContract;

@AccountServiceTest
class AccountServiceSmokeTest extends ServiceSmokeContract {
}
