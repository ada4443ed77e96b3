package io.sluice.streaming.internal.checkpoint;

import java.util.ArrayList;
import java.util.TreeMap;

/**
 * What a checkpoint holds: the format version, what program wrote it (its application name, and each stateful
 * operator's and input's identity), the batch grid (interval and zero time), the last batch whose results it
 * includes, and the state of each stateful operator and input, by stable id. Mutable plain fields, so Kryo reads
 * and writes it without reflection tricks; built once and not changed after.
 */
public final class CheckpointData {

    /**
     * The version of this format: 3 holds each stateful operator's state as its kind's typed codec wrote it (one
     * {@code byte[]} in {@link Operator#state}); 2 held it as an untyped list, and still is read; 1 did not record
     * the program's identity, and is not.
     */
    public static final int VERSION = 3;

    /** The oldest format this Sluice reads. */
    public static final int OLDEST_READABLE = 2;

    /** The format version. */
    public int version;
    /** The application's name ({@code sluice.app.name}) of the program that wrote it. */
    public String appName;
    /** The batch interval, ms. */
    public long batchMillis;
    /** One batch interval before the first batch, ms. */
    public long zeroTime;
    /** The last batch whose effects the state includes, ms. */
    public long lastCompletedBatch;
    /** The stateful operators and inputs. */
    public ArrayList<Operator> operators = new ArrayList<>();

    /** The saved state of one operator or input, and what it belongs to. */
    public static final class Operator {
        /** Its stable id: its name, or its kind and rank among its kind. */
        public String id;
        /** Its kind, such as {@code updateStateByKey}. */
        public String kind;
        /** What else makes the state this operator's, compared on recovery (its function's class, its directory). */
        public TreeMap<String, String> identity = new TreeMap<>();
        /** The classes of the keys and values its state held, for messages only; empty if it held none. */
        public String stateTypes;
        /**
         * Its state: for a stateful operator in format 3, one {@code byte[]} its kind's
         * {@link io.sluice.spi.StateCodec} wrote; for an input, a list the input knows.
         */
        public ArrayList<Object> state = new ArrayList<>();

        /** For Kryo. */
        public Operator() {
        }

        /**
         * Creates an entry.
         *
         * @param id the stable id
         * @param kind the kind
         * @param identity what else makes the state this operator's
         * @param stateTypes the classes of the keys and values in the state
         * @param state the state
         */
        public Operator(String id, String kind, TreeMap<String, String> identity, String stateTypes,
                        ArrayList<Object> state) {
            this.id = id;
            this.kind = kind;
            this.identity = identity;
            this.stateTypes = stateTypes;
            this.state = state;
        }
    }
}
