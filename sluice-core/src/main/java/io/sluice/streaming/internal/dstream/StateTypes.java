package io.sluice.streaming.internal.dstream;

import java.util.List;

/**
 * The classes of the first key and value of a flattened keyed state ({@code k1, v1, ...}), for checkpoint messages.
 * Java erases the program's type arguments, so these are what the state held, not declared types.
 */
final class StateTypes {

    private StateTypes() {
    }

    static String of(List<Object> flat, String values) {
        if (flat.size() < 2) {
            return "";
        }
        return "keys " + name(flat.get(0)) + ", " + values + " " + name(flat.get(1));
    }

    private static String name(Object o) {
        return o == null ? "null" : o.getClass().getName();
    }
}
