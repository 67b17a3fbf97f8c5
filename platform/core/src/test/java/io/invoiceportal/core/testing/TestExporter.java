package io.invoiceportal.core.testing;

import io.invoiceportal.plugin.api.InvoiceExporter;
import java.util.Locale;

/**
 * An export format for core tests with its id, name, media type and file extension given up front;
 * a test writes only what its {@code export} does (and, where it needs them, its settings).
 */
public abstract class TestExporter implements InvoiceExporter {
    private final String id;
    private final String displayName;
    private final String mediaType;
    private final String fileExtension;

    protected TestExporter(String id, String displayName, String mediaType, String fileExtension) {
        this.id = id;
        this.displayName = displayName;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName(Locale locale) {
        return displayName;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public String fileExtension() {
        return fileExtension;
    }
}
