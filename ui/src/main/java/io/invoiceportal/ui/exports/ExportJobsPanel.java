package io.invoiceportal.ui.exports;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.exportjob.ExportJob;
import io.invoiceportal.core.exportjob.ExportJobRefused;
import io.invoiceportal.core.exportjob.ExportJobService;
import io.invoiceportal.core.exportjob.ExportJobState;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The customer's recent export jobs: what each holds, its state, a progress bar while it is queued
 * or running (the screen polls every second meanwhile and stops when none is), and when it is done
 * the download of its ZIP and until when it can be downloaded. The user keeps working meanwhile.
 */
public class ExportJobsPanel extends VerticalLayout {
    private final Tenant tenant;
    private final SignedIn user;
    private final int shown;
    private final boolean hideWhenEmpty;
    private final VerticalLayout rows = new VerticalLayout();
    private final Span empty = new Span();
    private Registration polling;
    private boolean active;

    /**
     * @param shown how many of the newest jobs to show
     * @param hideWhenEmpty hidden without jobs (the invoice list) or saying there are none (the exports screen)
     */
    public ExportJobsPanel(Tenant tenant, SignedIn user, int shown, boolean hideWhenEmpty) {
        this.tenant = tenant;
        this.user = user;
        this.shown = shown;
        this.hideWhenEmpty = hideWhenEmpty;
        addClassName("export-jobs");
        setPadding(false);
        setSpacing(false);
        H2 title = new H2(getTranslation("exports.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m) 0 0");
        empty.setText(getTranslation("exports.none"));
        rows.setPadding(false);
        rows.setSpacing(false);
        add(title, empty, rows);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // other parts poll too (the session watch, every few seconds): only a job under way is shown
        // again, so a finished job's download link is not replaced while the user goes to click it
        polling = event.getUI().addPollListener(poll -> {
            if (active) {
                refresh();
            }
        });
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        Polling.need(event.getUI(), "export-jobs", false);
    }

    /** Shows the jobs as they are now; polls while one is queued or running. */
    public void refresh() {
        ExportJobService jobs = UiServices.current().exportJobs();
        List<ExportJob> recent = jobs.recent(tenant, user).stream().limit(shown).toList();
        rows.removeAll();
        recent.forEach(job -> rows.add(row(job)));
        empty.setVisible(recent.isEmpty());
        setVisible(!(hideWhenEmpty && recent.isEmpty()));
        active = recent.stream().anyMatch(j -> j.state() == ExportJobState.QUEUED
                || j.state() == ExportJobState.RUNNING);
        UI ui = UI.getCurrent();
        if (ui != null && isAttached()) {
            Polling.need(ui, "export-jobs", active);
        }
    }

    private Div row(ExportJob job) {
        Div row = new Div();
        row.addClassName("export-job");
        row.getElement().setAttribute("data-state", job.state().dbValue());
        row.getStyle().set("padding", "var(--lumo-space-s) 0").set("width", "100%")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Span what = new Span(getTranslation("exports.job", time(job.createdAt()), job.total(),
                String.join(", ", job.formatList()).toUpperCase(Locale.ROOT)));
        what.getStyle().set("margin-right", "var(--lumo-space-m)");
        row.add(what);
        Span state = new Span();
        state.addClassName("export-job-state");
        state.getElement().setAttribute("role", "status");
        row.add(state);
        boolean downloadable = job.state() == ExportJobState.DONE && Instant.now().isBefore(job.expiresAt());
        switch (job.state()) {
            case QUEUED, RUNNING -> {
                state.setText(getTranslation(job.state() == ExportJobState.QUEUED ? "exports.queued" : "exports.running",
                        job.done(), job.total()));
                ProgressBar bar = new ProgressBar(0, Math.max(job.total(), 1), job.done());
                bar.setIndeterminate(job.state() == ExportJobState.QUEUED);
                bar.getElement().setAttribute("aria-label", state.getText());
                bar.setWidth("100%");
                row.add(bar);
            }
            case DONE -> {
                if (downloadable) {
                    state.setText(getTranslation("exports.done", time(job.expiresAt())));
                    Anchor download = new Anchor(handler(job.id()), getTranslation("exports.download"));
                    download.addClassName("export-job-download");
                    download.getStyle().set("margin-left", "var(--lumo-space-m)");
                    row.add(download);
                } else {
                    state.setText(getTranslation("exports.expired"));
                }
                if (job.failedItems() > 0) {
                    row.add(new Div(getTranslation("exports.failedItems", job.failedItems())));
                }
            }
            case FAILED -> state.setText(getTranslation("exports.failed", job.error() == null ? "" : job.error()));
            case EXPIRED -> state.setText(getTranslation("exports.expired"));
        }
        return row;
    }

    /** The ZIP, streamed from the file; gone or not ready any more: an error status, the list says why. */
    private DownloadHandler handler(long id) {
        ExportJobService jobs = UiServices.current().exportJobs();
        Origin origin = UiServices.current().sessions().origin();
        Tenant t = tenant;
        SignedIn u = user;
        return (DownloadEvent event) -> {
            ExportJobService.Download file;
            try {
                file = jobs.download(t, u, id, origin);
            } catch (ExportJobRefused e) {
                event.getResponse().setStatus(e.reason() == ExportJobRefused.Reason.GONE ? 410 : 409);
                return;
            }
            event.setFileName(file.name());
            event.setContentType("application/zip");
            event.setContentLength(Files.size(file.file()));
            try (OutputStream out = event.getOutputStream()) {
                Files.copy(file.file(), out);
            }
        };
    }

    private String time(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZone(tenant.timeZone()));
    }
}
