package io.sluice.examples.produce;

import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seed 000's {@code producer.py}: fake card transactions as JSON lines, {@code {"name": "Joe", "surname": "Smith",
 * "amount": "412.07", "delta_t": "3.81", "flag": 0}}, where a share of them carry {@code flag: 1} (suspicious).
 */
public final class Transactions implements Supplier<String> {

    /** The first names of seed 000. */
    public static final String[] FIRST_NAMES = {"John", "Andy", "Joe", "Alice", "Jill"};
    /** The last names of seed 000. */
    public static final String[] LAST_NAMES = {"Johnson", "Smith", "Jones", "Millers", "Darby"};

    private final Random random;
    private final double fraudRatio;

    /**
     * Creates a generator.
     *
     * @param fraudRatio the share of transactions flagged 1, between 0 and 1 (seed 000: 0.2)
     * @param seed the random seed
     */
    public Transactions(double fraudRatio, long seed) {
        if (!(fraudRatio >= 0 && fraudRatio <= 1)) {
            throw new IllegalArgumentException("The fraud ratio is a share between 0 and 1, not " + fraudRatio);
        }
        this.fraudRatio = fraudRatio;
        this.random = new Random(seed);
    }

    /**
     * One transaction as a JSON line.
     *
     * @param name the first name
     * @param surname the last name
     * @param amount the amount
     * @param deltaT the time since the previous transaction
     * @param flag 1 if flagged
     * @return the JSON text
     */
    public static String json(String name, String surname, double amount, double deltaT, int flag) {
        return String.format(Locale.ROOT,
                "{\"name\": \"%s\", \"surname\": \"%s\", \"amount\": \"%.2f\", \"delta_t\": \"%.2f\", \"flag\": %d}",
                name, surname, amount, deltaT, flag);
    }

    @Override
    public String get() {
        return json(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)], LAST_NAMES[random.nextInt(LAST_NAMES.length)],
                random.nextDouble() * 1000, random.nextDouble() * 10, random.nextDouble() < fraudRatio ? 1 : 0);
    }
}
