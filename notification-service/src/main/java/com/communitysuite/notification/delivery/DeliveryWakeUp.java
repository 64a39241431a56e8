package com.communitysuite.notification.delivery;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Runs the dispatcher on its own thread as soon as a delivery was committed (and on every poll), at most one run
 * waiting at a time, so a message goes out within milliseconds without a listener thread doing the sending.
 */
@Component
class DeliveryWakeUp {

    private final ObjectProvider<DeliveryDispatcher> dispatcher;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "delivery-dispatcher");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    DeliveryWakeUp(ObjectProvider<DeliveryDispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    void wake() {
        if (queued.compareAndSet(false, true) && !worker.isShutdown()) {
            worker.execute(() -> {
                queued.set(false);
                dispatcher.getObject().dispatchDue();
            });
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
