package com.communitysuite.meeting.calendar;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

/** The Feign clients of activity-service; a configuration of its own, so that controller slice tests do without them. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = ActivityCalendar.class)
class ActivityServiceClients {
}
