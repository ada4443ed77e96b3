package io.sluice.streaming.internal.checkpoint;

import java.util.ArrayList;

/**
 * What a checkpoint holds: the format version, the batch grid (interval and zero time), the last batch whose
 * results it includes, and the state of each stateful operator and input, by stable id. Mutable plain fields,
 * so Kryo reads and writes it without reflection tricks; built once and not changed after.
 */
public final class CheckpointData {

    /** The version of this format. */
    public static final int VERSION = 1;

    /** The format version. */
    public int version;
    /** The batch interval, ms. */
    public long batchMillis;
    /** One batch interval before the first batch, ms. */
    public long zeroTime;
    /** The last batch whose effects the state includes, ms. */
    public long lastCompletedBatch;
    /** The stateful operators and inputs. */
    public ArrayList<Operator> operators = new ArrayList<>();

    /** The saved state of one operator or input. */
    public static final class Operator {
        /** Its stable id: its name, or its kind and rank among its kind. */
        public String id;
        /** Its kind, such as {@code updateStateByKey}. */
        public String kind;
        /** Its state, in a form the operator knows. */
        public ArrayList<Object> state = new ArrayList<>();

        /** For Kryo. */
        public Operator() {
        }

        /**
         * Creates an entry.
         *
         * @param id the stable id
         * @param kind the kind
         * @param state the state
         */
        public Operator(String id, String kind, ArrayList<Object> state) {
            this.id = id;
            this.kind = kind;
            this.state = state;
        }
    }
}
