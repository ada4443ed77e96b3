package io.sluice.internal.rdd;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import io.sluice.internal.OperatorFailure;
import io.sluice.internal.io.OutputWriter;
import io.sluice.plan.PlanInfo;

/**
 * objectFile: reads back what saveAsObjectFile wrote, one partition per part file.
 *
 * @param <T> the element type
 */
public final class ObjectFileNode<T> extends Node<T> {

    private final List<Path> parts;

    /**
     * Creates the node.
     *
     * @param info the plan record's info
     * @param parts the part files saveAsObjectFile wrote
     */
    public ObjectFileNode(PlanInfo info, List<String> parts) {
        super(info);
        this.parts = parts.stream().map(Path::of).toList();
    }

    @Override
    public int numPartitions() {
        return parts.size();
    }

    @Override
    public List<Dependency> dependencies() {
        return List.of();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void compute(int partition, Consumer<? super T> out) {
        Path part = parts.get(partition);
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(part)))) {
            while (in.readBoolean() == OutputWriter.MORE) {
                out.accept((T) in.readObject());
            }
        } catch (IOException e) {
            throw OperatorFailure.of(callSite(), new UncheckedIOException("cannot read object file " + part
                    + " (was it written by saveAsObjectFile?)", e));
        } catch (ClassNotFoundException e) {
            throw OperatorFailure.of(callSite(), e);
        }
    }

    @Override
    protected Iterator<T> computeIterator(int partition) {
        return computedList(partition);
    }
}
