package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * The fixed-length records of the binary files that appear in a directory ({@code binaryRecordsStream}).
 * Spark: {@code FileInputDStream} with {@code FixedLengthBinaryInputFormat}.
 *
 * @param info the stream's info
 * @param directory the directory watched, which must exist
 * @param recordLength the length of each record in bytes, positive
 */
public record BinaryRecordsStreamPlan(StreamInfo info, String directory, int recordLength)
        implements StreamPlan<byte[]> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param directory the directory watched, which must exist
     * @param recordLength the length of each record in bytes, positive
     */
    public BinaryRecordsStreamPlan {
        Objects.requireNonNull(directory, "directory");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of();
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.binaryRecordsStream(this);
    }
}
