package com.communitysuite.platform.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Makes a test context accept identity tokens signed with {@link TestIdentities}' key, and nothing else. */
public class TestIdentityKeysInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        InfrastructureProperties.apply(context.getEnvironment(), "testIdentityKeys",
                Map.of("suite.identity.verification-keys", TestIdentities.verificationKeys(),
                        "suite.identity.service-verification-keys", TestIdentities.serviceVerificationKeys()));
    }
}
