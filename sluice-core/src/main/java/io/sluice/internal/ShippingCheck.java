package io.sluice.internal;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sluice.SluiceException;

/**
 * Whether a user function can be sent to a cluster's executors, checked when it is passed to an operator (only
 * when the backend {@linkplain io.sluice.spi.ExecutionBackend#shipsFunctions ships functions}). The function is
 * serialized as a task would be; if that fails, its captured values and fields are walked to name what cannot be
 * serialized and how the function reaches it:
 * <pre>
 * map at Job.java:12: its function cannot be sent to the cluster: it holds a com.acme.Db, which is not
 * Serializable, through the enclosing object → field db. Make that class Serializable, mark the field transient,
 * or create the object inside the function.
 * </pre>
 * Spark's equivalent is the "Task not serializable" error of {@code ClosureCleaner}, raised at the same moment.
 */
public final class ShippingCheck {

    private static final int MAX_DEPTH = 40;

    private ShippingCheck() {
    }

    /**
     * Fails if a value an operator will send to executors cannot be serialized.
     *
     * @param value the function (or partitioner, or other user object)
     * @param what what the value is to the operator, as in "its function"
     * @param operator the operator and the user's line, as in {@code map at Job.java:12}
     * @throws SluiceException naming the operator, the line, the value that cannot be serialized and the path to it
     */
    public static void check(Object value, String what, String operator) {
        String problem = problem(value);
        if (problem != null) {
            throw new SluiceException(operator + ": " + what + " cannot be sent to the cluster: " + problem, null);
        }
    }

    /**
     * Why a value cannot be serialized, or null if it can.
     *
     * @param value the value
     * @return the reason, naming the culprit and the path to it; or null
     */
    static String problem(Object value) {
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(value);
            return null;
        } catch (NotSerializableException e) {
            List<String> path = culpritPath(value, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
            if (path == null) {
                return "it holds a " + e.getMessage() + ", which is not Serializable. Make that class Serializable, "
                        + "or create the object inside the function.";
            }
            String culprit = path.remove(path.size() - 1);
            String through = path.isEmpty() ? "" : ", through " + String.join(" → ", path);
            boolean field = !path.isEmpty() && path.get(path.size() - 1).startsWith("field ");
            return (path.isEmpty() ? "it is a " : "it holds a ") + culprit + ", which is not Serializable" + through
                    + ". Make that class Serializable, " + (field ? "mark the field transient, " : "")
                    + "or create the object inside the function.";
        } catch (IOException | RuntimeException e) {
            return "serializing it failed: " + e;
        }
    }

    /**
     * The steps from a value to the first object in it that is not serializable, the culprit's class name last; null
     * if none is found.
     */
    private static List<String> culpritPath(Object value, int depth, Set<Object> seen) {
        if (value == null || depth > MAX_DEPTH || !seen.add(value)) {
            return null;
        }
        Class<?> type = value.getClass();
        if (!(value instanceof Serializable)) {
            List<String> path = new ArrayList<>();
            path.add(type.getName());
            return path;
        }
        if (type.isArray()) {
            if (type.getComponentType().isPrimitive()) {
                return null;
            }
            for (int i = 0; i < Array.getLength(value); i++) {
                List<String> path = culpritPath(Array.get(value, i), depth + 1, seen);
                if (path != null) {
                    path.add(0, "element " + i);
                    return path;
                }
            }
            return null;
        }
        if (value instanceof Collection<?> elements) {
            return inside(elements, "an element", depth, seen);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> path = inside(map.keySet(), "a key", depth, seen);
            return path != null ? path : inside(map.values(), "a value", depth, seen);
        }
        SerializedLambda lambda = serializedLambda(value);
        if (lambda != null) {
            return capturedPath(lambda, depth, seen);
        }
        return fieldPath(value, type, depth, seen);
    }

    private static List<String> inside(Collection<?> elements, String step, int depth, Set<Object> seen) {
        for (Object element : elements) {
            List<String> path = culpritPath(element, depth + 1, seen);
            if (path != null) {
                path.add(0, step);
                return path;
            }
        }
        return null;
    }

    private static List<String> capturedPath(SerializedLambda lambda, int depth, Set<Object> seen) {
        boolean capturesThis = lambda.getImplMethodKind() != MethodHandleInfo.REF_invokeStatic
                && lambda.getImplMethodKind() != MethodHandleInfo.REF_newInvokeSpecial;
        for (int i = 0; i < lambda.getCapturedArgCount(); i++) {
            Object captured = lambda.getCapturedArg(i);
            List<String> path = culpritPath(captured, depth + 1, seen);
            if (path != null) {
                path.add(0, capturesThis && i == 0 ? "the enclosing object" : "captured value " + (i + 1));
                return path;
            }
        }
        return null;
    }

    private static List<String> fieldPath(Object value, Class<?> type, int depth, Set<Object> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.getType().isPrimitive()) {
                    continue;
                }
                Object held;
                try {
                    field.setAccessible(true);
                    held = field.get(value);
                } catch (InaccessibleObjectException | IllegalAccessException e) {
                    return null;
                }
                List<String> path = culpritPath(held, depth + 1, seen);
                if (path != null) {
                    path.add(0, field.getName().startsWith("this$") ? "the enclosing object" : "field " + field.getName());
                    return path;
                }
            }
        }
        return null;
    }

    /** The serialized form of a serializable lambda, or null if the value is not one. */
    private static SerializedLambda serializedLambda(Object value) {
        Class<?> type = value.getClass();
        if (!type.isSynthetic() && !type.isHidden()) {
            return null;
        }
        try {
            Method writeReplace = type.getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return writeReplace.invoke(value) instanceof SerializedLambda lambda ? lambda : null;
        } catch (ReflectiveOperationException | InaccessibleObjectException e) {
            return null;
        }
    }
}
