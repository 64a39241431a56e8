package com.communitysuite.account.campus;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first campus super user, created at start-up when there is none; later ones are registered by a super user. */
@ConfigurationProperties("account.super-admin")
public record SuperAdminProperties(String username, String password, String email) {
}
