package io.sluice.spi;

/**
 * How one kind of stateful operator writes its state into a checkpoint and reads it back: a typed snapshot
 * (such as updateStateByKey's keys and states, or mapWithState's keys, states and last-seen times) in a layout of
 * its own, rather than an untyped list. The keys and values inside are the program's objects, written by the
 * checkpoint's serializer ({@link Output#writeObject}), which reads only the classes registered with it.
 *
 * <p>Spark: Structured Streaming's state store writes {@code UnsafeRow}s with the operator's state schema; DStreams
 * checkpoint their state RDDs with Java serialization. Implementations are stateless and thread-safe.
 *
 * @param <S> the snapshot type
 */
public interface StateCodec<S> {

    /**
     * The operator kind this codec is for, as checkpoints record it ({@code updateStateByKey}).
     *
     * @return the kind
     */
    String kind();

    /**
     * Writes a snapshot.
     *
     * @param snapshot the snapshot
     * @param out where to write
     */
    void write(S snapshot, Output out);

    /**
     * Reads what {@link #write} wrote.
     *
     * @param in where to read
     * @return the snapshot
     */
    S read(Input in);

    /**
     * The classes of the keys and values in a snapshot, for checkpoint messages only (Java erases the program's
     * types, so these are what the state held).
     *
     * @param snapshot the snapshot
     * @return such as {@code keys java.lang.String, state java.lang.Integer}, or empty if it holds none
     */
    String types(S snapshot);

    /** Where a codec writes. Not thread-safe. */
    interface Output {
        /**
         * Writes a number.
         *
         * @param value the number
         */
        void writeLong(long value);

        /**
         * Writes a count or small number.
         *
         * @param value the number, {@code >= 0}
         */
        void writeCount(int value);

        /**
         * Writes a program's object (a key, a value, a state) with its class.
         *
         * @param value the object, may be null
         * @throws IllegalStateException if its class is not one the checkpoint's serializer may write
         */
        void writeObject(Object value);
    }

    /** Where a codec reads. Not thread-safe. */
    interface Input {
        /**
         * Reads a number.
         *
         * @return the number
         */
        long readLong();

        /**
         * Reads a count.
         *
         * @return the count
         */
        int readCount();

        /**
         * Reads a program's object.
         *
         * @return the object, may be null
         */
        Object readObject();
    }
}
