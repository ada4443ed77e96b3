package io.sluice.streaming.internal.receiver;

import io.sluice.streaming.receiver.Receiver;

/** Lets the engine attach a supervisor to a public {@link Receiver} without a public setter. */
public final class ReceiverAccess {

    /** Implemented by {@code Receiver}. */
    @FunctionalInterface
    public interface Attacher {
        /**
         * Attaches a supervisor.
         *
         * @param receiver the receiver
         * @param supervisor its supervisor
         */
        void attach(Receiver<?> receiver, ReceiverSupervisor<?> supervisor);
    }

    private static volatile Attacher attacher;

    private ReceiverAccess() {
    }

    /**
     * Installs the implementation; called by {@code Receiver}'s static initializer.
     *
     * @param impl the implementation
     */
    public static void install(Attacher impl) {
        attacher = impl;
    }

    static void attach(Receiver<?> receiver, ReceiverSupervisor<?> supervisor) {
        attacher.attach(receiver, supervisor);
    }
}
