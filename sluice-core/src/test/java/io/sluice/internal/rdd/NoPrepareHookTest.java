package io.sluice.internal.rdd;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.sluice.internal.scheduler.JobRunner;

/**
 * Nodes are what plans compile to, with no hook that runs work before a stage: applying a batch's state is an
 * explicit step of the batch (the streaming scheduler's state steps), and zipWithIndex counts when compiled.
 */
class NoPrepareHookTest {

    /** Every class of the local backend's node package. */
    private static List<Class<?>> nodeClasses() throws URISyntaxException, ClassNotFoundException, java.io.IOException {
        Path classes = Path.of(Node.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = classes.resolve(Node.class.getPackageName().replace('.', '/'));
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                found.add(Class.forName(Node.class.getPackageName() + "." + name, false,
                        NoPrepareHookTest.class.getClassLoader()));
            }
        }
        return found;
    }

    @Test
    void shouldGiveNoNodeAPrepareHook() throws Exception {
        List<Class<?>> nodes = nodeClasses().stream().filter(Node.class::isAssignableFrom).toList();

        assertThat(nodes).contains(Node.class, UpdateStateNode.class, MapWithStateNode.class, WindowStateNode.class,
                ZipWithIndexNode.class);
        for (Class<?> node : nodes) {
            for (Method m : node.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                assertThat(m.getName()).as(node.getName()).isNotEqualTo("prepare");
                assertThat(m.getParameterTypes()).as(node.getName() + "." + m.getName())
                        .doesNotContain(JobRunner.class);
            }
        }
    }

    @Test
    void shouldRunJobsWithoutPreparingTheirNodes() {
        for (Method m : JobRunner.class.getDeclaredMethods()) {
            assertThat(m.getName()).doesNotContainIgnoringCase("prepare");
        }
    }
}
