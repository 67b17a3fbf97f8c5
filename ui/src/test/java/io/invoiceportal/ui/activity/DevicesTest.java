package io.invoiceportal.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DevicesTest {

    @Test
    void readsCommonUserAgents() {
        assertThat(Devices.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo(new Devices.Device("Edge", "Windows"));
        assertThat(Devices.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).isEqualTo(new Devices.Device("Safari", "iPhone"));
        assertThat(Devices.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " HeadlessChrome/131.0.0.0 Safari/537.36")).isEqualTo(new Devices.Device("Chrome", "Linux"));
        assertThat(Devices.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0"))
                .isEqualTo(new Devices.Device("Firefox", "macOS"));
        assertThat(Devices.of("curl/8.5.0")).isEqualTo(new Devices.Device("curl", null));
        assertThat(Devices.of("Java-http-client/25")).isEqualTo(new Devices.Device("Java", null));
        assertThat(Devices.of(null)).isEqualTo(new Devices.Device(null, null));
    }
}
