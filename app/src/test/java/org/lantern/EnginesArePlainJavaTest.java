package org.lantern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engines run outside the server (command line, distributed jobs): no Spring, no application code. */
class EnginesArePlainJavaTest {

    private final JavaClasses engines = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lantern.linkage", "org.lantern.network");

    @Test
    void enginesDoNotDependOnSpringOrTheApplication() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "org.lantern.platform..", "org.lantern.identity..", "org.lantern.audit..", "org.lantern.cases..")
                .allowEmptyShould(false)
                .check(engines);
    }
}
