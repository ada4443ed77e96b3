package io.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each child JVM gets its own engine's jars: Sluice's relocated Kryo 5 only Sluice's, Spark's Kryo 4 only Spark's. */
class ChildJvmTest {

    private static final Path WORKLOADS = Path.of("/repo/sluice-bench/target/classes");
    private static final String CORE = "/repo/sluice-core/target/classes";
    private static final String KRYO5 = "/m2/com/esotericsoftware/kryo5/5.6.0/kryo5-5.6.0.jar";
    private static final String SLF4J = "/m2/org/slf4j/slf4j-api/2.0.16/slf4j-api-2.0.16.jar";
    private static final String SLF4J_SIMPLE = "/m2/org/slf4j/slf4j-simple/2.0.16/slf4j-simple-2.0.16.jar";
    private static final String SPARK = "/m2/org/apache/spark/spark-core_2.13/3.5.3/spark-core_2.13-3.5.3.jar";
    private static final String KRYO4 = "/m2/com/esotericsoftware/kryo-shaded/4.0.2/kryo-shaded-4.0.2.jar";
    private static final String MINLOG = "/m2/com/esotericsoftware/minlog/1.3.0/minlog-1.3.0.jar";
    private static final String OBJENESIS = "/m2/org/objenesis/objenesis/3.3/objenesis-3.3.jar";

    private static List<String> side(boolean spark) {
        return List.of(WORKLOADS.toString(), CORE, KRYO5, SLF4J, SLF4J_SIMPLE, SPARK, KRYO4, MINLOG, OBJENESIS)
                .stream().filter(entry -> ChildJvm.onClasspath(entry, WORKLOADS, spark)).toList();
    }

    private static List<String> names(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator)).map(e -> Path.of(e).getFileName().toString())
                .toList();
    }

    @Test
    void shouldGiveKryo5ToTheSluiceChildAndSparksKryoWithItsDependenciesToTheSparkChild() {
        assertThat(side(false)).containsExactly(WORKLOADS.toString(), CORE, KRYO5, SLF4J, SLF4J_SIMPLE);
        assertThat(side(true)).containsExactly(WORKLOADS.toString(), SLF4J, SPARK, KRYO4, MINLOG, OBJENESIS);
    }

    @Test
    void shouldSplitThisBuildsClasspathWithTheRelocatedKryoOnTheSluiceSideOnly() {
        List<String> sluice = names(ChildJvm.classpath(false));
        List<String> spark = names(ChildJvm.classpath(true));

        assertThat(sluice).anyMatch(name -> name.startsWith("kryo5-")).noneMatch(name -> name.startsWith("kryo-"));
        assertThat(spark).anyMatch(name -> name.startsWith("kryo-shaded-"))
                .noneMatch(name -> name.startsWith("kryo5-"));
        assertThat(names(System.getProperty("java.class.path"))).as("Sluice no longer brings the unrelocated Kryo 5")
                .noneMatch(name -> name.startsWith("kryo-5"));
    }
}
