package org.patrolgrid.tracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md: the domain modules stay free of Vert.x, SQL and JSON, and web never reaches into
 * the tracker. Runs here because the tracker's test classpath sees every module.
 */
class ModuleBoundaryTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.patrolgrid");
    }

    @Test
    void domainModulesImportNoVertxSqlOrJson() {
        noClasses()
                .that()
                .resideInAnyPackage("org.patrolgrid.geofence..", "org.patrolgrid.alerts..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.vertx..",
                        "java.sql..",
                        "javax.sql..",
                        "com.fasterxml.jackson..",
                        "org.json..",
                        "com.google.gson..",
                        "jakarta.json..",
                        "io.netty..",
                        "org.postgresql..")
                .check(classes);
    }

    @Test
    void webNeverImportsTracker() {
        noClasses()
                .that()
                .resideInAPackage("org.patrolgrid.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.patrolgrid.tracker..")
                .check(classes);
    }

    @Test
    void domainModulesDoNotReachUpward() {
        noClasses()
                .that()
                .resideInAnyPackage("org.patrolgrid.geofence..", "org.patrolgrid.alerts..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.patrolgrid.tracker..", "org.patrolgrid.web..", "org.patrolgrid.simulators..")
                .check(classes);
    }
}
