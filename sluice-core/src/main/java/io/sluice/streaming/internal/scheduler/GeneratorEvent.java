package io.sluice.streaming.internal.scheduler;

import io.sluice.streaming.Time;

/** What the job generator's event loop handles, one at a time, in order. */
sealed interface GeneratorEvent {

    /**
     * The clock reached a batch time: compute its RDDs and submit its jobs.
     *
     * @param time the batch time
     */
    record GenerateJobs(Time time) implements GeneratorEvent {
    }

    /**
     * A batch is done: forget the RDDs no stream needs any more.
     *
     * @param time the batch time
     */
    record ClearMetadata(Time time) implements GeneratorEvent {
    }
}
