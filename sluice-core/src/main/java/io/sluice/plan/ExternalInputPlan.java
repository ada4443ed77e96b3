package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * <b>The extension point for inputs</b>: a source another module defines (sluice-kafka's direct stream, the test
 * driver's input). Until {@code io.sluice.spi} has an input source with positions, the record holds the module's
 * input as the local engine runs it ({@link OpaqueStreamInput}); another backend cannot run it yet.
 * Spark: an {@code InputDStream} subclass of a connector ({@code DirectKafkaInputDStream}).
 *
 * @param info the stream's info
 * @param input the module's input, as the local backend runs it
 * @param <T> the element type
 */
public record ExternalInputPlan<T>(StreamInfo info, OpaqueStreamInput input) implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param input the module's input, as the local backend runs it
     */
    public ExternalInputPlan {
        Objects.requireNonNull(input, "input");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of();
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.externalInput(this);
    }
}
