package io.sluice.tests.streaming;

import java.time.Duration;

import io.sluice.SluiceConf;
import io.sluice.streaming.StreamingContext;

/**
 * The program the SIGTERM-before-the-first-batch test stops: a socket stream on batches 30 s apart, with
 * {@code sluice.streaming.stopGracefullyOnShutdown=true}. {@code IdleUntilSigterm <port>} prints STARTED once the
 * context runs.
 */
public final class IdleUntilSigterm {

    private IdleUntilSigterm() {
    }

    /**
     * Runs until SIGTERM.
     *
     * @param args the port of the line server on 127.0.0.1
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        StreamingContext ssc = new StreamingContext(new SluiceConf().setMaster("local[2]")
                .set("sluice.streaming.stopGracefullyOnShutdown", "true"), Duration.ofSeconds(30));
        ssc.socketTextStream("127.0.0.1", Integer.parseInt(args[0])).count().print();
        ssc.start();
        System.out.println("STARTED");
        System.out.flush();
        ssc.awaitTermination();
    }
}
