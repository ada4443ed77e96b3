package io.sluice.spi;

import io.sluice.SluiceConf;

/**
 * Creates the {@link ExecutionBackend} of the master URLs a module supports. Found with
 * {@link java.util.ServiceLoader}: a module lists its implementation in
 * {@code META-INF/services/io.sluice.spi.ExecutionBackendProvider}. The local URLs ({@code local},
 * {@code local[N]}, {@code local[*]}, {@code local[N,F]}) never reach a provider.
 */
public interface ExecutionBackendProvider {

    /**
     * Whether this provider runs the jobs of a master URL.
     *
     * @param masterUrl the URL, trimmed
     * @return true if {@link #create} accepts it
     */
    boolean accepts(String masterUrl);

    /**
     * Creates the backend of a new context.
     *
     * @param masterUrl a URL {@link #accepts} accepted
     * @param conf the context's configuration (its own copy; do not modify)
     * @return the backend, ready to run jobs
     * @throws IllegalArgumentException if the configuration is invalid for this backend
     */
    ExecutionBackend create(String masterUrl, SluiceConf conf);
}
