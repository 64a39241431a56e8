package com.communitysuite.launcher.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import com.communitysuite.launcher.Probe;
import com.communitysuite.launcher.SuiteRunner;
import com.communitysuite.launcher.SuiteService;
import com.communitysuite.launcher.SuiteSettings;

/**
 * The whole suite, started once for every end-to-end test class of the JVM the way {@code bin/suite up} starts it
 * (embedded PostgreSQL and Kafka, every service its own JVM, on ports of its own so a running suite is not
 * disturbed), and stopped when the last of them has run. Test classes declare {@code @ExtendWith(RunningSuite.class)}
 * and take a {@link Suite} as a parameter of their {@code @BeforeAll} or test methods.
 * <p>
 * With {@code -Dsuite.attach=<checkout>} the tests use the suite {@code bin/suite up} runs from that checkout
 * instead (its gateway on 8080, its outbox in its {@code var/}) and leave it running: a quick way to rerun one class while writing it. The fault
 * tests, which stop parts of the suite, are not for that mode.
 */
public final class RunningSuite implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        suite(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Suite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return suite(context);
    }

    private static Suite suite(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(RunningSuite.class))
                .computeIfAbsent(Suite.class, type -> start(), Suite.class);
    }

    private static Suite start() {
        try {
            Path repository = Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath().normalize();
            String attach = System.getProperty("suite.attach", "");
            if (!attach.isBlank()) {
                SuiteSettings running = SuiteSettings.defaults(Path.of(attach).toAbsolutePath().normalize());
                return new Suite(new SuiteRunner(running, System.out), running, true);
            }
            Path varDirectory = Files.createTempDirectory("suite-e2e");
            int base = freeBasePort();
            SuiteSettings settings = new SuiteSettings(repository, varDirectory, base, base + 1000, base + 1001,
                    SuiteSettings.DEFAULT_JVM_OPTIONS, false);
            SuiteRunner runner = new SuiteRunner(settings, System.out);
            Suite suite = new Suite(runner, settings, false);
            try {
                runner.start(Duration.ofMinutes(5));
            }
            catch (Exception | Error e) {
                // What did start must not outlive the attempt (its ports would keep the next one from starting).
                suite.close();
                throw e;
            }
            return suite;
        }
        catch (Exception e) {
            throw new IllegalStateException("The suite did not start", e);
        }
    }

    /**
     * A base port whose suite ports (base..base+6, base+681, base+1000, base+1001) are all free; the search starts at
     * a random range, so that two test runs on one machine seldom pick the same one at the same moment.
     */
    private static int freeBasePort() {
        int ranges = 16;
        int first = java.util.concurrent.ThreadLocalRandom.current().nextInt(ranges);
        for (int i = 0; i < ranges; i++) {
            int candidate = 28080 + 2000 * ((first + i) % ranges);
            boolean free = SuiteService.ALL.stream().allMatch(s -> Probe.portFree(candidate + s.portOffset()))
                    && Probe.portFree(candidate + 1000) && Probe.portFree(candidate + 1001);
            if (free) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free range of ports for the suite");
    }
}
