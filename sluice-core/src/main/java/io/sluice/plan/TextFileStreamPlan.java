package io.sluice.plan;

import java.io.Serial;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.sluice.function.Function;

/**
 * The lines of the files that appear in a directory ({@code textFileStream}, {@code fileStream}): each batch reads
 * the files whose modification time falls in its interval.
 * Spark: {@code FileInputDStream} with {@code TextInputFormat}.
 *
 * @param info the stream's info
 * @param directory the directory watched, which must exist
 * @param filter which files to take (names starting with {@code .} or {@code _} never are)
 * @param newFilesOnly ignore the files present at start
 */
public record TextFileStreamPlan(StreamInfo info, String directory, Function<Path, Boolean> filter,
                                 boolean newFilesOnly)
        implements StreamPlan<String> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param directory the directory watched, which must exist
     * @param filter which files to take (names starting with {@code .} or {@code _} never are)
     * @param newFilesOnly ignore the files present at start
     */
    public TextFileStreamPlan {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(filter, "filter");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of();
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.textFileStream(this);
    }
}
