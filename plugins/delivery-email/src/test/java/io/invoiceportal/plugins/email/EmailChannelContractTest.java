package io.invoiceportal.plugins.email;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.testkit.ChannelContract;

/** The test kit's contract for every delivery channel. */
class EmailChannelContractTest extends ChannelContract {

    private final EmailChannel channel = new EmailChannel();

    @Override
    protected DeliveryChannel channel() {
        return channel;
    }
}
