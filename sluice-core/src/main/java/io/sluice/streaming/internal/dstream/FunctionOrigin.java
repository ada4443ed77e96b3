package io.sluice.streaming.internal.dstream;

/**
 * The class whose code defines a program's function — for a lambda or a method reference, the top-level class it
 * is written in; for a class, its top-level class — recorded in checkpoints to tell one program's stateful
 * operator from another's. A lambda's own class is a hidden class whose name changes from run to run; its nest
 * host, the class it is written in, does not.
 */
public final class FunctionOrigin {

    /** A function that only adapts a program's function (to another signature): its origin is the adapted one's. */
    public interface Adapter {
        /**
         * The program's function.
         *
         * @return the function adapted
         */
        Object adapted();
    }

    private FunctionOrigin() {
    }

    /**
     * The top-level class defining a function.
     *
     * @param function the function
     * @return the class's name, such as {@code com.example.WordCount}
     */
    public static String of(Object function) {
        Object f = function;
        while (f instanceof Adapter adapter) {
            f = adapter.adapted();
        }
        return f.getClass().getNestHost().getName();
    }
}
