package org.patrolgrid.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The web layer meets the tracker only through bus addresses and the schema, and SQL stays in the stores. */
class WebArchitectureTest {
    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.patrolgrid.web");

    @Test
    void webDoesNotDependOnTracker() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.patrolgrid.tracker..")
                .check(WEB);
    }

    @Test
    void onlyStoresRunSql() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.patrolgrid.web.store..", "org.patrolgrid.web.health..", "org.patrolgrid.web")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.vertx.sqlclient..", "io.vertx.pgclient..", "java.sql..")
                .check(WEB);
    }
}
