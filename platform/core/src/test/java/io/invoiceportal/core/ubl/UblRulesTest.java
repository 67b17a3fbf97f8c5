package io.invoiceportal.core.ubl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class UblRulesTest {
    static byte[] example(String name) throws IOException {
        try (InputStream in = UblRulesTest.class.getResourceAsStream("/ubl/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void timing() throws IOException {
        for (String name : List.of("en16931-examples/ubl-tc434-example1.xml", "en16931-examples/ubl-tc434-example2.xml",
                "peppol/base-example.xml", "en16931-examples/ubl-tc434-creditnote1.xml")) {
            UblDocument doc = UblReader.read(example(name));
            long t0 = System.nanoTime();
            List<UblRules.Failure> en = UblRules.en16931(doc);
            long t1 = System.nanoTime();
            List<UblRules.Failure> pe = UblRules.peppol(doc);
            long t2 = System.nanoTime();
            System.out.println(name + " en=" + en + " " + (t1 - t0) / 1_000_000 + "ms peppol=" + pe + " "
                    + (t2 - t1) / 1_000_000 + "ms");
        }
    }
}
