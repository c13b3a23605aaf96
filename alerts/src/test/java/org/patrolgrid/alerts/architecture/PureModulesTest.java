package org.patrolgrid.alerts.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** geofence and alerts stay pure: no Vert.x, no SQL, no JSON library. */
class PureModulesTest {
    @Test
    void geofenceAndAlertsImportNoVertxSqlOrJson() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.patrolgrid.geofence", "org.patrolgrid.alerts");
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.vertx..",
                        "java.sql..",
                        "javax.sql..",
                        "com.fasterxml.jackson..",
                        "com.google.gson..",
                        "org.json..")
                .check(classes);
    }
}
