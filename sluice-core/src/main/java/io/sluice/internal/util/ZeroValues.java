package io.sluice.internal.util;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;

/**
 * Copies the zero value of fold, aggregate, foldByKey and aggregateByKey for each partition or key, as Spark does
 * by serializing it: Spark lets the functions modify and return their first argument, so each partition (and each
 * key) needs its own zero. Immutable values (boxed numbers, strings, ...) are shared; others are copied by
 * serialization, so they must be serializable.
 */
public final class ZeroValues {

    private static final Set<Class<?>> IMMUTABLE = Set.of(Integer.class, Long.class, Short.class, Byte.class,
            Double.class, Float.class, Character.class, Boolean.class, String.class, BigInteger.class,
            BigDecimal.class);

    private ZeroValues() {
    }

    /**
     * Returns a copy of a zero value that the caller may modify.
     *
     * @param zero the zero value
     * @param <U> its type
     * @return the value itself if immutable, else a deep copy
     * @throws IllegalArgumentException if the value must be copied and is not serializable
     */
    @SuppressWarnings("unchecked")
    public static <U> U copy(U zero) {
        if (zero == null || isImmutable(zero)) {
            return zero;
        }
        if (!(zero instanceof Serializable)) {
            throw new IllegalArgumentException("The zero value must be Serializable, because it is copied for each "
                    + "partition or key (as Spark does), but " + zero.getClass().getName() + " is not");
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
        return IMMUTABLE.contains(value.getClass()) || value instanceof Enum<?>
                || value instanceof Optional<?> o && o.isEmpty();
    }
}
