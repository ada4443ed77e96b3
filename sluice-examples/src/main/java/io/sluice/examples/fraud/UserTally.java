package io.sluice.examples.fraud;

import java.io.Serializable;

/**
 * A user's transactions in one batch: how many, and how many of them flagged.
 *
 * @param transactions the transactions
 * @param flagged the flagged ones
 */
public record UserTally(int transactions, int flagged) implements Serializable {

    /**
     * The tally of one transaction.
     *
     * @param t the transaction
     * @return {@code (1, 1)} if flagged, else {@code (1, 0)}
     */
    public static UserTally of(Transaction t) {
        return new UserTally(1, t.flagged() ? 1 : 0);
    }

    /**
     * Both tallies added.
     *
     * @param other the other tally
     * @return the sum
     */
    public UserTally plus(UserTally other) {
        return new UserTally(transactions + other.transactions, flagged + other.flagged);
    }

    /**
     * Seed 000's rule: more than one flagged transaction in a batch is fraud.
     *
     * @return {@code flagged > 1}
     */
    public boolean suspicious() {
        return flagged > 1;
    }
}
