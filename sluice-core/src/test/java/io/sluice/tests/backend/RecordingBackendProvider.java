package io.sluice.tests.backend;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sluice.SluiceConf;
import io.sluice.internal.rdd.LocalBackend;
import io.sluice.plan.RddPlan;
import io.sluice.spi.ExecutionBackend;
import io.sluice.spi.ExecutionBackendProvider;
import io.sluice.spi.PartitionFunction;
import io.sluice.spi.ResultHandler;

/**
 * A test backend found with {@link java.util.ServiceLoader} (listed in {@code META-INF/services} of the test
 * resources): it accepts the made-up master URL {@code recording://<name>} and runs jobs on the local backend,
 * recording each job's action and the master URL that chose it. A URL starting with {@code recording://ship} makes
 * it say it ships functions, as a cluster backend does, so operators check them.
 */
public final class RecordingBackendProvider implements ExecutionBackendProvider {

    /** The jobs run by recording backends, as {@code <url> <action>}. */
    public static final List<String> JOBS = new CopyOnWriteArrayList<>();

    @Override
    public boolean accepts(String masterUrl) {
        return masterUrl.startsWith("recording://");
    }

    @Override
    public ExecutionBackend create(String masterUrl, SluiceConf conf) {
        return new LocalBackend("local[2]", conf) {
            @Override
            public <T, U> void runJob(RddPlan<T> plan, int[] partitions, PartitionFunction<T, U> function,
                                      ResultHandler<? super U> handler, String action) {
                JOBS.add(masterUrl + " " + action);
                super.runJob(plan, partitions, function, handler, action);
            }

            @Override
            public boolean shipsFunctions() {
                return masterUrl.startsWith("recording://ship");
            }
        };
    }
}
