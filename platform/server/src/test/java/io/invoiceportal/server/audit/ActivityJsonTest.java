package io.invoiceportal.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActivityJsonTest {

    /** Cells a spreadsheet would run as a formula get a leading apostrophe; others stay as they are. */
    @Test
    void neutralisesFormulaCells() {
        assertThat(ActivityJson.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(ActivityJson.safe("+31 20")).isEqualTo("'+31 20");
        assertThat(ActivityJson.safe("-2")).isEqualTo("'-2");
        assertThat(ActivityJson.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ActivityJson.safe("\tx")).isEqualTo("'\tx");
        assertThat(ActivityJson.safe("Mozilla/5.0")).isEqualTo("Mozilla/5.0");
        assertThat(ActivityJson.safe(null)).isEmpty();
    }
}
