package io.sluice.examples.fraud;

import java.io.Serializable;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One card transaction of seed 000, read from a JSON line such as {@code {"name": "Joe", "surname": "Smith",
 * "amount": "412.07", "delta_t": "3.81", "flag": 1}} (numbers may be quoted, as the seed's producer sends them).
 *
 * @param name the first name
 * @param surname the last name
 * @param amount the amount
 * @param deltaT the time since the user's previous transaction
 * @param flag 1 if the transaction looks suspicious, else 0
 */
public record Transaction(String name, String surname, double amount, double deltaT, int flag)
        implements Serializable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The user's id, as the seed builds it: first name and last name joined ({@code JoeSmith}).
     *
     * @return the id
     */
    public String userId() {
        return name + surname;
    }

    /**
     * Whether the transaction is flagged.
     *
     * @return {@code flag == 1}
     */
    public boolean flagged() {
        return flag == 1;
    }

    /**
     * Reads a JSON line; seed 000's {@code json.loads} and {@code create_row_rdd}.
     *
     * @param line the line
     * @return the transaction, or empty when the line is not JSON or lacks {@code name}, {@code surname} or
     *     {@code flag}
     */
    public static Optional<Transaction> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.hasNonNull("name") || !node.hasNonNull("surname") || !node.hasNonNull("flag")) {
                return Optional.empty();
            }
            return Optional.of(new Transaction(node.get("name").asText(), node.get("surname").asText(),
                    node.path("amount").asDouble(), node.path("delta_t").asDouble(), node.get("flag").asInt()));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
