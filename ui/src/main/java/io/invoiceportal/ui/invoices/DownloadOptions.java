package io.invoiceportal.ui.invoices;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.ui.exports.Polling;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Download opties": the formats the tenant offers and a button that downloads the ticked rows,
 * one invoice as its own file, several as one ZIP. The browser gets the file through an anchor
 * that is never shown: the button sets its address and clicks it from the server, so the download
 * starts only after the server knows the selection and the format.
 */
class DownloadOptions extends HorizontalLayout {

    private final Select<InvoiceExporter> format = new Select<>();
    private final Span message = new Span();
    private final Anchor file = new Anchor();
    private final Supplier<List<String>> selection;
    private final Downloads downloads;
    private final Consumer<List<String>> downloaded;
    private BooleanSupplier allMatching = () -> false;
    private Consumer<InvoiceExporter> exportAll = format -> {};

    /**
     * @param selection the invoice numbers ticked now, in the order of the page
     * @param downloaded told which invoices were handed to the browser, to show them as read
     */
    DownloadOptions(List<InvoiceExporter> formats, Locale locale, Supplier<List<String>> selection,
            Downloads downloads, Consumer<List<String>> downloaded) {
        this.selection = selection;
        this.downloads = downloads;
        this.downloaded = downloaded;
        addClassName("download-options");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        setWrap(true);

        format.setLabel(getTranslation("invoices.downloadOptions"));
        format.addClassName("download-format");
        format.setItems(formats);
        format.setItemLabelGenerator(exporter -> exporter.displayName(locale));
        format.setEmptySelectionAllowed(false);
        formats.stream().findFirst().ifPresent(format::setValue);
        format.setWidth("16em");

        Button download = new Button(getTranslation("invoices.download"), VaadinIcon.DOWNLOAD_ALT.create(),
                click -> download());
        download.addClassName("download-selected");
        download.addClickShortcut(Key.ENTER).listenOn(format);

        message.addClassName("download-message");
        message.getElement().setAttribute("role", "status");
        message.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");

        file.addClassName("download-file");
        file.getStyle().set("display", "none");
        file.getElement().setAttribute("aria-hidden", "true");
        file.getElement().setAttribute("tabindex", "-1");
        add(format, download, message, file);
        setVisible(!formats.isEmpty());
    }

    /** With {@code all} true, the download makes an export job of every invoice the filter matches instead. */
    void whenAllMatching(BooleanSupplier all, Consumer<InvoiceExporter> export) {
        this.allMatching = all;
        this.exportAll = export;
    }

    /** Clears the message of an earlier attempt, as the selection changed. */
    void selectionChanged() {
        message.setText("");
    }

    /**
     * Says next to the button why the file could not be made: the plugin's message and, for an
     * e-invoice format, the business terms the tenant's or customer's data misses.
     */
    private void refusal(ExportException reason) {
        String text = getTranslation("invoices.exportFailed", reason.getMessage());
        if (!reason.missingTerms().isEmpty()) {
            text += " " + getTranslation("invoices.exportMissing", String.join(", ", reason.missingTerms()));
        }
        message.setText(text);
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void download() {
        if (allMatching.getAsBoolean()) {
            exportAll.accept(format.getValue());
            return;
        }
        List<String> numbers = selection.get();
        if (numbers.isEmpty()) {
            String text = getTranslation("invoices.noneSelected");
            message.setText(text);
            Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        start(downloads.selection(numbers, format.getValue()), numbers);
    }

    /**
     * Has the browser save this file: the hidden anchor gets its address and is clicked by the
     * server's response, so the rows show as read at once (the service marks them read in the
     * database once the file is complete; a failed file leaves them unread there).
     */
    void start(Downloads.File target, List<String> numbers) {
        message.setText("");
        UI ui = UI.getCurrent();
        file.setHref(Downloads.handler(target, new Downloads.Outcome() {
            @Override
            public void refused(ExportException reason) {
                ui.access(() -> refusal(reason));
            }

            @Override
            public void finished() {
                ui.access(() -> Polling.need(ui, "download", false));
            }
        }));
        // no server push here: the screen asks every second until the download request is over, so
        // that a refusal reaches it
        Polling.need(ui, "download", true);
        file.getElement().setAttribute("download", target.fileName());
        file.getElement().callJsFunction("click");
        downloaded.accept(numbers);
    }
}
