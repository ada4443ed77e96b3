package io.sluice.kafka.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.kafka.common.utils.Utils;

/**
 * Whether any broker of {@code bootstrap.servers} accepts a TCP connection. The direct stream asks it before it asks
 * the Kafka client: while no broker answers, the client would log a warning at each of its reconnect attempts
 * (dozens a batch), so the stream leaves the client alone and reports the state itself, once. Used by one thread at
 * a time.
 */
final class BrokerProbe {

    private final String servers;
    private final List<String> addresses = new ArrayList<>();
    private final int timeoutMillis;

    /**
     * A probe of the given brokers.
     *
     * @param bootstrapServers the {@code bootstrap.servers} parameter: a comma-separated string or a list
     * @param timeout how long all the connection attempts of one probe may take together
     */
    BrokerProbe(Object bootstrapServers, Duration timeout) {
        this.servers = bootstrapServers instanceof Collection<?> list
                ? String.join(",", list.stream().map(String::valueOf).toList()) : String.valueOf(bootstrapServers);
        for (String address : servers.split(",")) {
            if (!address.isBlank()) {
                addresses.add(address.strip());
            }
        }
        this.timeoutMillis = (int) Math.max(100, timeout.toMillis() / Math.max(1, addresses.size()));
    }

    /**
     * The brokers, as a {@code bootstrap.servers} string.
     *
     * @return host:port[,host:port...]
     */
    String servers() {
        return servers;
    }

    /**
     * Tries each broker until one accepts a connection, which it closes at once.
     *
     * @return true if one did, or if an address is not host:port (the Kafka client then says what is wrong)
     */
    boolean anyAnswers() {
        for (String address : addresses) {
            String host = Utils.getHost(address);
            Integer port = Utils.getPort(address);
            if (host == null || port == null) {
                return true;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), timeoutMillis);
                return true;
            } catch (IOException | IllegalArgumentException refused) {
                // the next broker may answer
            }
        }
        return false;
    }
}
