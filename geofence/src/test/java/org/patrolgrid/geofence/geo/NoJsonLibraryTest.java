package org.patrolgrid.geofence.geo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** GeoJSON is read and written on generic trees: the zone, geo and index packages use no JSON, SQL or Vert.x. */
class NoJsonLibraryTest {
    @Test
    void zoneGeoAndIndexUseNoJsonSqlOrVertx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(
                        "org.patrolgrid.geofence.zone", "org.patrolgrid.geofence.geo", "org.patrolgrid.geofence.index");
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.vertx..",
                        "java.sql..",
                        "javax.sql..",
                        "com.fasterxml..",
                        "com.google.gson..",
                        "org.json..",
                        "jakarta.json..",
                        "javax.json..")
                .check(classes);
    }
}
