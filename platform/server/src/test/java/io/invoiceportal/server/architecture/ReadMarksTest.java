package io.invoiceportal.server.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.invoiceportal.core.export.DownloadService;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.invoice.CustomerInvoiceService;
import io.invoiceportal.core.invoice.InvoiceReadDao;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Opening or downloading marks an invoice read" has one home: {@link DownloadService}, which the
 * REST API and the screens both use, and which marks only once a file is complete.
 */
class ReadMarksTest {
    static JavaClasses ours;

    @BeforeAll
    static void importClasses() {
        ours = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.invoiceportal");
    }

    @Test
    void onlyTheDownloadServiceMarksInvoicesRead() {
        // tests of core (its test jar is on the class path) may mark invoices read to set up their data
        noClasses().that().doNotBelongToAnyOf(DownloadService.class, CustomerInvoiceService.class)
                .and().haveSimpleNameNotEndingWith("Test")
                .should().callMethodWhere(target(and(owner(equivalentTo(CustomerInvoiceService.class)), nameMatching("markRead"))))
                .orShould().callMethodWhere(target(owner(equivalentTo(InvoiceReadDao.class))))
                .check(ours);
    }

    /** The REST API and the Facturenscherm both serve bundle and export through the same service methods. */
    @Test
    void restAndScreensUseTheSameMethods() {
        for (String method : new String[] {"bundle", "export"}) {
            classes().that().haveFullyQualifiedName("io.invoiceportal.server.invoice.MyInvoicesResource")
                    .or().haveFullyQualifiedName("io.invoiceportal.ui.invoices.Downloads")
                    .should().callMethodWhere(target(and(owner(equivalentTo(DownloadService.class)), nameMatching(method))))
                    .check(ours);
        }
    }

    /** The customer's files (REST and screens) come from the download service, never straight from the exporters. */
    @Test
    void customerFilesComeFromTheDownloadService() {
        noClasses().that().resideInAPackage("io.invoiceportal.ui..").or().haveSimpleName("MyInvoicesResource")
                .should().callMethodWhere(target(and(owner(equivalentTo(ExportService.class)), nameMatching("render|zip"))))
                .check(ours);
    }
}
