package io.invoiceportal.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading a browser and system a customer recognises from common user agents. */
class DeviceTest {

    @Test
    void commonBrowsers() {
        assertThat(Device.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Safari/537.36")).isEqualTo(new Device("Chrome 131", "Windows"));
        assertThat(Device.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86")).isEqualTo(new Device("Edge 131", "Windows"));
        assertThat(Device.of("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"))
                .isEqualTo(new Device("Firefox 128", "Linux"));
        assertThat(Device.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                + " Version/17.4 Safari/605.1.15")).isEqualTo(new Device("Safari 17", "macOS"));
        assertThat(Device.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1")).isEqualTo(new Device("Safari 17", "iOS"));
        assertThat(Device.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Mobile Safari/537.36")).isEqualTo(new Device("Chrome 131", "Android"));
        assertThat(Device.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " HeadlessChrome/131.0.0.0 Safari/537.36")).isEqualTo(new Device("Chrome (headless)", "Linux"));
        assertThat(Device.of("curl/8.5.0")).isEqualTo(new Device("curl", null));
    }

    @Test
    void nothingToRead() {
        assertThat(Device.of(null)).isEqualTo(new Device(null, null));
        assertThat(Device.of("  ")).isEqualTo(new Device(null, null));
        assertThat(Device.of("SomeBot")).isEqualTo(new Device(null, null));
    }
}
