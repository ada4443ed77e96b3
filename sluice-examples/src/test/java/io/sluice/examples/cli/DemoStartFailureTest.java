package io.sluice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demo that cannot start (every port its web UI may take is taken) ends with one line saying why and what to do,
 * a non-zero exit code, and no summary of the batches it never ran.
 */
class DemoStartFailureTest {

    @TempDir
    Path dir;

    @Test
    void shouldSayInOneLineThatNoPortIsFreeForTheUi() throws Exception {
        List<ServerSocket> taken = takeSeventeenPorts();
        int first = taken.get(0).getLocalPort();
        Path out = dir.resolve("out.log");
        Path err = dir.resolve("err.log");
        try {
            Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Dsluice.ui.port=" + first, "-cp", System.getProperty("java.class.path"),
                    SluiceCli.class.getName(), "demo", "--seconds", "3", "--batch", "200")
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                assertThat(demo.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                demo.destroyForcibly();
            }
            assertThat(demo.exitValue()).isEqualTo(1);
        } finally {
            for (ServerSocket socket : taken) {
                socket.close();
            }
        }
        String errors = Files.readString(err);
        assertThat(errors.lines().toList()).as(errors).hasSize(1);
        assertThat(errors).startsWith("sluice demo: The web UI found no free port among 127.0.0.1:" + first + "-"
                + (first + 16) + "; set sluice.ui.port to a free port").doesNotContain("\tat ");
        assertThat(Files.readString(out)).doesNotContain("Demo done");
    }

    /** Seventeen consecutive ports on 127.0.0.1, bound: the UI's port and the sixteen it would try after it. */
    private static List<ServerSocket> takeSeventeenPorts() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 60_000);
            List<ServerSocket> sockets = new ArrayList<>();
            try {
                for (int port = base; port <= base + 16; port++) {
                    ServerSocket socket = new ServerSocket();
                    sockets.add(socket);
                    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                }
                return sockets;
            } catch (IOException taken) {
                for (ServerSocket socket : sockets) {
                    socket.close();
                }
            }
        }
        throw new IOException("no seventeen consecutive free ports");
    }
}
