package io.sluice.streaming.internal.checkpoint;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.internal.io.LineChunk;
import io.sluice.spi.StateCodec;
import io.sluice.streaming.internal.StreamingConfig;

/**
 * Serializes checkpointed state with Kryo: fast and compact, and safe to load — only classes registered in advance
 * can be read (registration is required, and a file holds class ids, never class names), so a checkpoint file can
 * never make Sluice instantiate an arbitrary class.
 *
 * <p>Registered: the JDK's strings, boxed numbers, arrays of primitives, the common collections, {@link Pair}, the
 * checkpoint's own records, and the socket receivers' {@link LineChunk} (as its bytes). A class's id is its place in
 * this list, and files hold ids: new classes are appended, never inserted. A program registers its own state classes with
 * {@code sluice.kryo.classesToRegister} (class names, comma-separated, as Spark's
 * {@code spark.kryo.classesToRegister}); their ids follow their order, so append new ones at the end. Not
 * thread-safe: one instance per thread.
 */
public final class StateSerializer {

    /** The configuration key listing a program's own state classes. */
    public static final String CLASSES_KEY = StreamingConfig.KRYO_CLASSES.key();
    private static final int FIRST_USER_ID = 100;

    private final Kryo kryo = new Kryo();

    /**
     * Creates a serializer with the built-in registrations and a program's own classes.
     *
     * @param conf the configuration, for {@code sluice.kryo.classesToRegister}
     * @throws IllegalArgumentException if a listed class cannot be found
     */
    public StateSerializer(SluiceConf conf) {
        kryo.setRegistrationRequired(true);
        kryo.setReferences(false);
        int id = 20;
        for (Class<?> type : List.of(String.class, Integer.class, Long.class, Double.class, Float.class,
                Short.class, Byte.class, Boolean.class, Character.class, BigInteger.class, BigDecimal.class,
                int[].class, long[].class, double[].class, float[].class, byte[].class, boolean[].class,
                char[].class, String[].class, Object[].class, ArrayList.class, LinkedList.class, HashMap.class,
                LinkedHashMap.class, TreeMap.class, HashSet.class, LinkedHashSet.class, TreeSet.class, Pair.class,
                CheckpointData.class, CheckpointData.Operator.class)) {
            kryo.register(type, id++);
        }
        kryo.register(LineChunk.class, new LineChunkSerializer(), id);
        int userId = FIRST_USER_ID;
        for (String name : StreamingConfig.KRYO_CLASSES.get(conf).split(",")) {
            String className = name.trim();
            if (className.isEmpty()) {
                continue;
            }
            try {
                kryo.register(Class.forName(className, true, Thread.currentThread().getContextClassLoader()),
                        userId++);
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException(CLASSES_KEY + " names " + className
                        + ", which is not on the classpath", e);
            }
        }
    }

    /**
     * Serializes a checkpoint.
     *
     * @param data the checkpoint
     * @return its bytes
     * @throws IllegalStateException if the state holds a class that is not registered, naming it
     */
    public byte[] serialize(CheckpointData data) {
        try (Output out = new Output(1 << 16, -1)) {
            kryo.writeObject(out, data);
            return out.toBytes();
        } catch (IllegalArgumentException | KryoException e) {
            throw new IllegalStateException("Cannot checkpoint the state: " + e.getMessage() + ". Checkpoints "
                    + "hold only registered classes; list the program's state classes in " + CLASSES_KEY, e);
        }
    }

    /**
     * Writes an operator's state with its kind's codec; the program's objects in it are written with their
     * registered class ids.
     *
     * @param codec the operator kind's codec
     * @param snapshot the state
     * @param <S> the snapshot type
     * @return the bytes
     * @throws IllegalStateException if the state holds a class that is not registered, naming it
     */
    public <S> byte[] encode(StateCodec<S> codec, S snapshot) {
        try (Output out = new Output(1 << 16, -1)) {
            codec.write(snapshot, new StateCodec.Output() {
                @Override
                public void writeLong(long value) {
                    out.writeVarLong(value, false);
                }

                @Override
                public void writeCount(int value) {
                    out.writeVarInt(value, true);
                }

                @Override
                public void writeObject(Object value) {
                    kryo.writeClassAndObject(out, value);
                }
            });
            return out.toBytes();
        } catch (IllegalArgumentException | KryoException e) {
            throw new IllegalStateException("Cannot checkpoint the state: " + e.getMessage() + ". Checkpoints "
                    + "hold only registered classes; list the program's state classes in " + CLASSES_KEY, e);
        }
    }

    /**
     * Reads what {@link #encode} wrote.
     *
     * @param codec the operator kind's codec
     * @param bytes the bytes
     * @param <S> the snapshot type
     * @return the state
     * @throws IllegalStateException if the bytes hold classes not registered here, or are not this codec's
     */
    public <S> S decode(StateCodec<S> codec, byte[] bytes) {
        try (Input in = new Input(bytes)) {
            return codec.read(new StateCodec.Input() {
                @Override
                public long readLong() {
                    return in.readVarLong(false);
                }

                @Override
                public int readCount() {
                    return in.readVarInt(true);
                }

                @Override
                public Object readObject() {
                    return kryo.readClassAndObject(in);
                }
            });
        } catch (KryoException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the " + codec.kind() + " state of the checkpoint: "
                    + e.getMessage() + ". Was it written with other classes in " + CLASSES_KEY + "?", e);
        }
    }

    /**
     * Serializes any registered object, with its class id (for the write-ahead log's records).
     *
     * @param value the object
     * @return its bytes
     * @throws IllegalStateException if it holds a class that is not registered
     */
    public byte[] serializeObject(Object value) {
        try (Output out = new Output(1 << 12, -1)) {
            kryo.writeClassAndObject(out, value);
            return out.toBytes();
        } catch (IllegalArgumentException | KryoException e) {
            throw new IllegalStateException("Cannot write received records to the write-ahead log: "
                    + e.getMessage() + ". List the record classes in " + CLASSES_KEY, e);
        }
    }

    /**
     * Reads what {@link #serializeObject} wrote.
     *
     * @param bytes the bytes
     * @return the object
     */
    public Object deserializeObject(byte[] bytes) {
        try (Input in = new Input(bytes)) {
            return kryo.readClassAndObject(in);
        } catch (KryoException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the write-ahead log: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a checkpoint.
     *
     * @param bytes its bytes
     * @return the checkpoint
     * @throws IllegalStateException if the bytes hold classes not registered here, or are not a checkpoint
     */
    public CheckpointData deserialize(byte[] bytes) {
        try (Input in = new Input(bytes)) {
            return kryo.readObject(in, CheckpointData.class);
        } catch (KryoException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the checkpoint's state: " + e.getMessage() + ". Was it "
                    + "written with other classes in " + CLASSES_KEY + "?", e);
        }
    }
}
