package com.communitysuite.platform.events;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox, its relay, the idempotent-consumer helper, the service's topics and a listener error handler that
 * sends a record that keeps failing to {@code <topic>.DLT}.
 */
@AutoConfiguration(after = { JdbcTemplateAutoConfiguration.class, KafkaAutoConfiguration.class }, afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration" })
@ConditionalOnClass({ JdbcTemplate.class, KafkaTemplate.class })
@ConditionalOnBean({ JdbcTemplate.class, ProducerFactory.class })
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    /** How events are written to and read from JSON; {@code EventContracts} in platform-test writes them the same way. */
    public static final ObjectMapper EVENT_JSON = JsonMapper.builder().findAndAddModules().build();

    @Bean
    @ConditionalOnMissingBean
    TraceHeaders traceHeaders(ObjectProvider<TracingHeadersFactory> tracing) {
        TracingHeadersFactory factory = tracing.getIfAvailable();
        return factory == null ? TraceHeaders.NONE : factory.create();
    }

    @Bean
    OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            ProducerFactory<String, String> producerFactory, EventsProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        int timeoutMs = (int) properties.sendTimeout().toMillis();
        // The relay must notice a broker outage within its send timeout instead of blocking for minutes.
        ProducerFactory<String, String> relayProducers = producerFactory.copyWithConfigurationOverride(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs + 1000,
                ProducerConfig.LINGER_MS_CONFIG, 0));
        return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), new KafkaTemplate<>(relayProducers),
                EVENT_JSON, properties, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    DomainEvents domainEvents(JdbcTemplate jdbc, TraceHeaders traceHeaders, OutboxRelay relay,
            EventsProperties properties, Environment environment, ObjectProvider<Clock> clock) {
        return new DomainEvents(jdbc, EVENT_JSON, traceHeaders, relay, topicOf(properties, environment),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    IdempotentConsumer idempotentConsumer(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        return new IdempotentConsumer(jdbc, new TransactionTemplate(transactionManager), EVENT_JSON);
    }

    @Bean
    NewTopic domainEventsTopic(EventsProperties properties, Environment environment) {
        return new NewTopic(topicOf(properties, environment), properties.partitions(), properties.replicationFactor());
    }

    @Bean
    NewTopic domainEventsDeadLetterTopic(EventsProperties properties, Environment environment) {
        return new NewTopic(topicOf(properties, environment) + DEAD_LETTER_SUFFIX, properties.partitions(),
                properties.replicationFactor());
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<?, ?> template, EventsProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxAttempts(properties.consumerAttempts() - 1);
        return new DefaultErrorHandler(recoverer, backOff);
    }

    static String topicOf(EventsProperties properties, Environment environment) {
        if (properties.topic() != null && !properties.topic().isBlank()) {
            return properties.topic();
        }
        return environment.getRequiredProperty("spring.application.name") + ".events";
    }

    /** Indirection so that Micrometer Tracing stays optional: this class is loaded only when it is present. */
    interface TracingHeadersFactory {
        TraceHeaders create();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class TracingHeadersConfiguration {

        @Bean
        TracingHeadersFactory tracingHeadersFactory(ObjectProvider<Tracer> tracer,
                ObjectProvider<Propagator> propagator) {
            return () -> new MicrometerTraceHeaders(tracer, propagator);
        }
    }
}
