package io.invoiceportal.server.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Content-Disposition of downloads after RFC 6266, with filename* (RFC 8187) for non-ASCII names. */
class ContentDispositionTest {

    @Test
    void asciiNamesNeedNoExtendedParameter() {
        assertThat(ContentDisposition.of(false, "Facturen Hollandse Energie B.V. 2026-11-29 1430.zip"))
                .isEqualTo("attachment; filename=\"Facturen Hollandse Energie B.V. 2026-11-29 1430.zip\"");
        assertThat(ContentDisposition.of(true, "2026-0001.pdf")).isEqualTo("inline; filename=\"2026-0001.pdf\"");
    }

    @Test
    void otherNamesGetAnAsciiFallbackAndTheUtf8Name() {
        assertThat(ContentDisposition.of(false, "Facturen Café Ørsted & Zoon 100%.zip"))
                .isEqualTo("attachment; filename=\"Facturen Cafe _rsted & Zoon 100%.zip\"; "
                        + "filename*=UTF-8''Facturen%20Caf%C3%A9%20%C3%98rsted%20&%20Zoon%20100%25.zip");
    }
}
