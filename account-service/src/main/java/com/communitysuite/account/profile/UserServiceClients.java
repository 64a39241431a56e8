package com.communitysuite.account.profile;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

/** The Feign clients of user-service; a configuration of its own, so that controller slice tests do without them. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = UserProfiles.class)
class UserServiceClients {
}
