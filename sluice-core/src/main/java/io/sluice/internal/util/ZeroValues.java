package io.sluice.internal.util;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Copies the zero value of fold, aggregate, foldByKey and aggregateByKey for each partition or key, as Spark does
 * by serializing it: Spark lets the functions modify and return their first argument, so each partition (and each
 * key) needs its own zero. Immutable values are shared; other serializable values are copied by serialization.
 */
public final class ZeroValues {

    private ZeroValues() {
    }

    /**
     * Returns a copy of a zero value that the caller may modify.
     *
     * @param zero the zero value
     * @param <U> its type
     * @return the value itself if immutable or not serializable, else a deep copy
     */
    @SuppressWarnings("unchecked")
    public static <U> U copy(U zero) {
        if (zero == null || isImmutable(zero) || !(zero instanceof Serializable)) {
            return zero;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(zero);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (U) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the zero value " + zero, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isImmutable(Object value) {
        return value instanceof Number && value.getClass().getName().startsWith("java.")
                || value instanceof String || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof Optional<?> o && o.isEmpty();
    }
}
