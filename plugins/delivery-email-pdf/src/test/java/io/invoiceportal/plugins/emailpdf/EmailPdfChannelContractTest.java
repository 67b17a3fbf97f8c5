package io.invoiceportal.plugins.emailpdf;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.testkit.ChannelContract;

/** The test kit's contract for every delivery channel. */
class EmailPdfChannelContractTest extends ChannelContract {

    private final EmailPdfChannel channel = new EmailPdfChannel();

    @Override
    protected DeliveryChannel channel() {
        return channel;
    }
}
