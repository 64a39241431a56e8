package com.communitysuite.platform.events;

/**
 * A domain event a service publishes: a record in the service's {@code events} package, annotated with its
 * {@link EventType}. Its components are the event's {@code data}; consumers read them from the JSON (they never
 * import the publisher's record), and {@code contracts/events/<publisher>/<type>.json} is the example both sides test
 * against.
 */
public interface DomainEvent {

    /** The aggregate the event is about; the Kafka key, so one aggregate's events stay in order. */
    String aggregateId();

    /** The user who caused the event, or null for the system. */
    default String actorId() {
        return null;
    }

    /** The event's type name, from its {@link EventType} annotation. */
    static String typeOf(Class<? extends DomainEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return type.value();
    }
}
