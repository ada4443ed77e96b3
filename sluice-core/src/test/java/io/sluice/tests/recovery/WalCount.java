package io.sluice.tests.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.streaming.StreamingContext;

/**
 * The program of the write-ahead log test: counts the lines of a socket with the receiver write-ahead log on.
 * {@code WalCount <batchMs> <port> <checkpoints> <out>} writes the running count to {@code out} after each batch.
 */
public final class WalCount {

    private WalCount() {
    }

    /**
     * Runs until killed.
     *
     * @param args the batch interval, the server's port, the checkpoint directory, the output file
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        long batchMs = Long.parseLong(args[0]);
        int port = Integer.parseInt(args[1]);
        String checkpoints = args[2];
        Path out = Path.of(args[3]);
        StreamingContext ssc = StreamingContext.getOrCreate(checkpoints, () -> {
            StreamingContext c = new StreamingContext(new SluiceConf().setMaster("local[2]")
                    .set("sluice.streaming.receiver.writeAheadLog.enable", "true"), Duration.ofMillis(batchMs));
            c.checkpoint(checkpoints);
            c.socketTextStream("127.0.0.1", port).mapToPair(line -> Pair.of("lines", 1))
                    .updateStateByKey((List<Integer> ones, Optional<Integer> n) -> Optional.of(n.orElse(0)
                            + ones.size()))
                    .foreachRDD(rdd -> {
                        int n = rdd.isEmpty() ? 0 : rdd.first().value();
                        try {
                            Files.writeString(out, Integer.toString(n));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            return c;
        });
        ssc.start();
        ssc.awaitTermination();
    }
}
