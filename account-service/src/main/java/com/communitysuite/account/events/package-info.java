/**
 * The events account-service publishes on {@code account-service.events}, one record per type: each record's
 * components are the event's {@code data}, as {@code docs/events.md} and {@code contracts/events/account-service/}
 * describe them. Consumers decode their own records from the JSON; nothing outside this service imports these.
 */
package com.communitysuite.account.events;
