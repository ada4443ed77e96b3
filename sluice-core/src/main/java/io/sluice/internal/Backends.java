package io.sluice.internal;

import java.util.ServiceLoader;

import io.sluice.SluiceConf;
import io.sluice.internal.rdd.LocalBackend;
import io.sluice.spi.ExecutionBackend;
import io.sluice.spi.ExecutionBackendProvider;

/**
 * Chooses a context's {@link ExecutionBackend} by its master URL: the local backend for {@code local} and
 * {@code local[...]}, else the first {@link ExecutionBackendProvider} on the classpath that accepts the URL.
 */
final class Backends {

    private Backends() {
    }

    /**
     * Creates the backend of a master URL.
     *
     * @param masterUrl the URL
     * @param conf the context's configuration
     * @return the backend
     * @throws IllegalArgumentException if no backend runs the URL, naming the module that would
     */
    static ExecutionBackend create(String masterUrl, SluiceConf conf) {
        String url = masterUrl.trim();
        if (LocalBackend.accepts(url)) {
            return new LocalBackend(url, conf);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (ExecutionBackendProvider provider : ServiceLoader.load(ExecutionBackendProvider.class,
                loader != null ? loader : Backends.class.getClassLoader())) {
            if (provider.accepts(url)) {
                return provider.create(url, conf);
            }
        }
        throw new IllegalArgumentException("Unknown master URL '" + masterUrl + "': Sluice runs local, local[N], "
                + "local[*] and local[N,maxFailures] itself; spark://host:port and local-cluster[n,cores,memMB] need "
                + "the sluice-spark module on the classpath");
    }
}
