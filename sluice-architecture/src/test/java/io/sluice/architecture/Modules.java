package io.sluice.architecture;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The main classes of every Sluice module, imported once, and which module each class comes from. */
final class Modules {

    /** The engine: the module whose internals the others must not use. */
    static final String CORE = "sluice-core";

    /** Every {@code io.sluice} main class of every module on this test's class path (tests left out). */
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.sluice");

    private static final String SQL_PARSER = "sluice-sql-parser";
    private static final Pattern CLASSES_DIR = Pattern.compile("/([^/]+)/target/classes/");
    private static final Pattern JAR = Pattern.compile("/([^/!]+?)-\\d[^/!]*\\.jar!/");

    private Modules() {
    }

    /**
     * The module a class was read from: the directory {@code <module>/target/classes}, or the jar
     * {@code <module>-<version>.jar}.
     *
     * @param type the class
     * @return the module's artifact id, such as {@code sluice-kafka}; {@code ?} for a class that was not imported
     */
    static String of(JavaClass type) {
        return type.getBaseComponentType().getSource().map(source -> of(source.getUri())).orElse("?");
    }

    static String of(URI location) {
        String uri = location.toString();
        Matcher dir = CLASSES_DIR.matcher(uri);
        if (dir.find()) {
            return module(dir.group(1));
        }
        Matcher jar = JAR.matcher(uri);
        return jar.find() ? module(jar.group(1)) : uri;
    }

    /**
     * The module an artifact belongs to: sluice-sql-parser is sluice-sql's parser, relocated into sluice-sql's
     * internal packages and built as an artifact of its own only because relocation happens when a jar is packaged.
     */
    private static String module(String artifact) {
        return artifact.equals(SQL_PARSER) ? "sluice-sql" : artifact;
    }
}
