package io.sluice.tests.support;

import io.sluice.StorageLevel;
import io.sluice.streaming.receiver.Receiver;

/** A receiver that stores nothing, for programs that are described but never receive. */
public final class QuietReceiver extends Receiver<Integer> {

    private static final long serialVersionUID = 1L;

    /** Creates the receiver. */
    public QuietReceiver() {
        super(StorageLevel.MEMORY_ONLY);
    }

    @Override
    public void onStart() {
    }

    @Override
    public void onStop() {
    }
}
