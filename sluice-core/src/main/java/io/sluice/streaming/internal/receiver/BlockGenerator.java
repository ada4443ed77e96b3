package io.sluice.streaming.internal.receiver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import io.sluice.util.Clock;

/**
 * Cuts what a receiver stores into blocks: records go into the current buffer (one lock per store call, so a
 * receiver that stores a chunk of records pays once for all), and every block interval — and at each batch time,
 * so a batch holds exactly what was stored before it — the buffer becomes a block waiting for its batch.
 *
 * <p>Memory is bounded: a block is cut early when it reaches {@value #MAX_BLOCK_RECORDS} records, and when
 * {@code maxBuffered} blocks are waiting or being processed, {@code add} blocks until a batch finishes and releases
 * its blocks; the receiver stops reading and TCP pushes back on the sender. A rate
 * limiter paces {@code add} when a rate is set. Thread-safe: receiving threads add, the block timer and the job
 * generator cut and allocate, batch completion releases.
 *
 * @param <T> the record type
 */
public final class BlockGenerator<T> {

    /** A block is cut early when it reaches this many records, so waiting blocks bound memory. */
    static final int MAX_BLOCK_RECORDS = 1 << 18;

    private final Clock clock;
    private final int maxBuffered;
    private final RateLimiter limiter;
    private final ArrayDeque<Block<T>> ready = new ArrayDeque<>();
    private final BlockBuffer<T> current = new BlockBuffer<>();
    private int outstanding;
    private long lastCut = Long.MIN_VALUE;
    private boolean stopped;
    private volatile BlockLog<T> log;

    /**
     * Creates a generator.
     *
     * @param clock the context's clock, for the rate limiter
     * @param maxBuffered the most blocks that may wait or be processed at once
     * @param rate records per second, infinite for no limit
     */
    public BlockGenerator(Clock clock, int maxBuffered, double rate) {
        this.clock = clock;
        this.maxBuffered = maxBuffered;
        this.limiter = new RateLimiter(clock, rate);
    }

    /**
     * Stores one record.
     *
     * @param record the record
     * @throws InterruptedException if interrupted while waiting for room or rate
     */
    public void add(T record) throws InterruptedException {
        limiter.acquire(1);
        synchronized (this) {
            awaitRoom();
            current.add(record);
            cutIfFull();
        }
    }

    /**
     * Stores records, in order.
     *
     * @param records the records
     * @throws InterruptedException if interrupted while waiting for room or rate
     */
    public void addAll(List<T> records) throws InterruptedException {
        limiter.acquire(records.size());
        synchronized (this) {
            awaitRoom();
            current.addAll(records);
            cutIfFull();
        }
    }

    private void cutIfFull() {
        if (current.size() >= MAX_BLOCK_RECORDS) {
            cut(Math.max(lastCut, clock.getTimeMillis()));
        }
    }

    private void awaitRoom() throws InterruptedException {
        while (outstanding >= maxBuffered && !stopped) {
            wait();
        }
    }

    /**
     * Cuts the current buffer into a block, if it holds anything.
     *
     * @param time the cut time
     */
    public synchronized void cut(long time) {
        if (time < lastCut) {
            return;
        }
        lastCut = time;
        if (!current.isEmpty()) {
            Block<T> block = new Block<>(time, current.take());
            BlockLog<T> wal = log;
            if (wal != null) {
                wal.append(block);
            }
            ready.add(block);
            outstanding++;
        }
    }

    /**
     * Writes every block to a write-ahead log when it is cut, before a batch may take it.
     *
     * @param wal the log
     */
    public void logTo(BlockLog<T> wal) {
        this.log = wal;
    }

    /**
     * Puts back blocks a write-ahead log kept from before a crash; batches take them by their cut times.
     *
     * @param blocks the blocks, oldest first
     */
    public synchronized void restore(List<Block<T>> blocks) {
        for (Block<T> block : blocks) {
            ready.add(block);
            outstanding++;
            lastCut = Math.max(lastCut, block.cutTime());
        }
    }

    /**
     * Cuts at a batch time and takes every block cut up to it.
     *
     * @param batchTime the batch time
     * @return the blocks, oldest first
     */
    public synchronized List<Block<T>> allocate(long batchTime) {
        cut(batchTime);
        List<Block<T>> blocks = new ArrayList<>();
        while (!ready.isEmpty() && ready.peek().cutTime() <= batchTime) {
            blocks.add(ready.poll());
        }
        return blocks;
    }

    /**
     * Frees the room of blocks whose batch finished.
     *
     * @param blocks how many
     */
    public synchronized void release(int blocks) {
        outstanding -= blocks;
        notifyAll();
    }

    /**
     * Whether anything was stored and not yet allocated to a batch.
     *
     * @return true if data waits
     */
    public synchronized boolean hasUnallocatedData() {
        return !current.isEmpty() || !ready.isEmpty();
    }

    /**
     * Sets the rate limit.
     *
     * @param recordsPerSecond the rate, infinite for none
     */
    public void setRate(double recordsPerSecond) {
        limiter.setRate(recordsPerSecond);
    }

    /**
     * The rate limit.
     *
     * @return records per second, infinite if none
     */
    public double rate() {
        return limiter.rate();
    }

    /** Wakes blocked stores for good: the receiver is stopping. Data already stored stays for allocation. */
    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }
}
