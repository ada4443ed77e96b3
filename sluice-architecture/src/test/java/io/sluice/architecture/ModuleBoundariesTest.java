package io.sluice.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Modules other than sluice-core use only core's public API and its SPI ({@code io.sluice.spi}): no class outside
 * core depends on an {@code internal} package of another module. A module's own internal packages are its own
 * business ({@code io.sluice.kafka.internal} for sluice-kafka).
 */
class ModuleBoundariesTest {

    private static final PackageMatcher INTERNAL = PackageMatcher.of("io.sluice..internal..");
    private static final String CONTEXT = "io.sluice.streaming.StreamingContext";

    @Test
    void shouldSeeEveryModule() {
        Set<String> modules = new TreeSet<>();
        Modules.CLASSES.forEach(type -> modules.add(Modules.of(type)));
        assertThat(modules).containsExactlyInAnyOrder(Modules.CORE, "sluice-kafka", "sluice-ui", "sluice-examples",
                "sluice-bench", "sluice-sql");
    }

    @Test
    void shouldRecogniseInternalPackages() {
        assertThat(INTERNAL.matches("io.sluice.internal")).isTrue();
        assertThat(INTERNAL.matches("io.sluice.streaming.internal.dstream")).isTrue();
        assertThat(INTERNAL.matches("io.sluice.spi")).isFalse();
    }

    @Test
    void shouldUseNoInternalsOfAnotherModuleOutsideCore() {
        ArchRule rule = classes().that(outsideCore()).should(useNoInternalPackageOfAnotherModule(Modules::of));
        rule.check(Modules.CLASSES);
    }

    @Test
    void shouldReportAClassOfAnotherModuleThatUsesCoreInternals() {
        // StreamingContext uses core's internals; read as if it belonged to another module, it breaks the rule
        Function<JavaClass, String> moved = type -> type.getName().equals(CONTEXT)
                ? "sluice-elsewhere" : Modules.of(type);
        EvaluationResult result = classes().should(useNoInternalPackageOfAnotherModule(moved))
                .evaluate(Modules.CLASSES.that(DescribedPredicate.describe("StreamingContext",
                        type -> type.getName().equals(CONTEXT))));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("JobScheduler")
                && line.contains("sluice-elsewhere uses an internal class of sluice-core"));
    }

    private static DescribedPredicate<JavaClass> outsideCore() {
        return DescribedPredicate.describe("are outside " + Modules.CORE,
                type -> !Modules.CORE.equals(Modules.of(type)));
    }

    private static ArchCondition<JavaClass> useNoInternalPackageOfAnotherModule(Function<JavaClass, String> modules) {
        return new ArchCondition<>("use no internal package of another module (only the public API and "
                + "io.sluice.spi)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String module = modules.apply(type);
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String targetModule = modules.apply(target);
                    if (INTERNAL.matches(target.getPackageName()) && !module.equals(targetModule)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + " ("
                                + module + " uses an internal class of " + targetModule + ")"));
                    }
                }
            }
        };
    }
}
