package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.streaming.receiver.Receiver;

/**
 * An input fed by a receiver ({@code socketTextStream}, {@code socketStream}, {@code receiverStream}): the records
 * the receiver stored during a batch interval, cut into blocks, are that batch. A socket stream is this record with
 * Sluice's socket receiver.
 * Spark: {@code ReceiverInputDStream} ({@code SocketInputDStream}, {@code PluggableInputDStream}).
 *
 * @param info the stream's info
 * @param receiver the receiver, which the backend starts when the context starts
 * @param <T> the record type
 */
public record ReceiverInputPlan<T>(StreamInfo info, Receiver<T> receiver) implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param receiver the receiver, which the backend starts when the context starts
     */
    public ReceiverInputPlan {
        Objects.requireNonNull(receiver, "receiver");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of();
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.receiverInput(this);
    }
}
