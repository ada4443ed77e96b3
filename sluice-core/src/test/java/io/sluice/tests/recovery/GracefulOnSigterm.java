package io.sluice.tests.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.sluice.SluiceConf;
import io.sluice.StorageLevel;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.receiver.Receiver;

/**
 * The program the SIGTERM test stops: a receiver stores 10,000 records at once, batches are an hour apart, and
 * {@code sluice.streaming.stopGracefullyOnShutdown=true}; only a graceful stop can process the records.
 * {@code GracefulOnSigterm <out>} writes the count it processed to {@code out} and prints STORED when the records
 * are stored.
 */
public final class GracefulOnSigterm {

    private GracefulOnSigterm() {
    }

    /** Stores 10,000 records, then idles. */
    static final class TenThousand extends Receiver<Integer> {
        private static final long serialVersionUID = 1L;

        TenThousand() {
            super(StorageLevel.MEMORY_ONLY);
        }

        @Override
        public void onStart() {
            Thread t = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    store(i);
                }
                System.out.println("STORED");
                System.out.flush();
            });
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void onStop() {
        }
    }

    /**
     * Runs until SIGTERM.
     *
     * @param args the output file
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        Path out = Path.of(args[0]);
        StreamingContext ssc = new StreamingContext(new SluiceConf().setMaster("local[2]")
                .set("sluice.streaming.stopGracefullyOnShutdown", "true"), Duration.ofHours(1));
        ssc.receiverStream(new TenThousand()).count().foreachRDD(rdd -> {
            long n = rdd.first();
            try {
                Files.writeString(out, Long.toString(n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ssc.start();
        ssc.awaitTermination();
    }
}
