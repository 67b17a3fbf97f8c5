package io.invoiceportal.plugins.xrechnung;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugins.ubl.GermanRules;
import io.invoiceportal.plugins.ubl.PeppolProfile;
import io.invoiceportal.plugins.ubl.Terms;
import io.invoiceportal.plugins.ubl.UblPayment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * XRechnung 3.0, the German CIUS of EN 16931, in UBL with the Peppol billing profile: the EN 16931
 * and electronic-address needs of {@link PeppolProfile} without Peppol's own national rules and
 * buyer-or-order reference, plus the BR-DE rules ({@link GermanRules}) whatever the parties'
 * countries: the seller's city, post code and contact with name, phone and e-mail, the buyer's city
 * and post code, the buyer reference (the Leitweg-ID) and payment instructions.
 */
public class XRechnungProfile extends PeppolProfile {

    public static final String CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";

    /** Card payments and direct debit need card or mandate data the portal does not keep (BR-DE-24, BR-DE-25). */
    private static final Set<String> CARD_OR_DEBIT = Set.of("48", "54", "55", "59");

    @Override
    public String customizationId() {
        return CUSTOMIZATION_ID;
    }

    @Override
    protected List<Gap> partyGaps(PartyView seller, PartyView buyer) {
        List<Gap> gaps = new ArrayList<>(super.partyGaps(seller, buyer));
        gaps.removeIf(XRechnungProfile::peppolOnly);
        GermanRules.partyGaps(seller, buyer, true, gaps);
        return gaps;
    }

    @Override
    public List<Gap> missingFromInvoice(InvoiceView invoice) {
        List<Gap> gaps = new ArrayList<>(super.missingFromInvoice(invoice));
        gaps.removeIf(XRechnungProfile::peppolOnly);
        GermanRules.invoiceGaps(invoice, true, gaps);
        UblPayment payment = UblPayment.of(invoice);
        if (payment != null && CARD_OR_DEBIT.contains(payment.meansCode())) {
            gaps.add(new Gap(Terms.PAYMENT_MEANS, payment.meansCode().equals("59") ? "BR-DE-25" : "BR-DE-24"));
        }
        return List.copyOf(new LinkedHashSet<>(gaps));
    }

    /** An invoice not subject to VAT (BR-DE-14). */
    @Override
    public String unsupported(InvoiceView invoice) {
        return GermanRules.unsupported(invoice, true);
    }

    /**
     * Peppol's rules that XRechnung does not have: R003 (it has BR-DE-15), Peppol's narrower list of
     * electronic address schemes (XRechnung also takes EM, e-mail), its identifier formats and the
     * national ones.
     */
    private static boolean peppolOnly(Gap gap) {
        String rule = gap.rule();
        return rule.equals("PEPPOL-EN16931-R003") || rule.equals("PEPPOL-EN16931-CL008") || rule.startsWith("PEPPOL-COMMON-")
                || rule.startsWith("NL-R-") || rule.startsWith("DK-R-")
                || rule.startsWith("DE-R-");
    }
}
