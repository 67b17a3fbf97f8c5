package io.invoiceportal.core.ubl;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.tenant.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import org.jdbi.v3.core.Handle;

/**
 * Finds the tenant's customer a document is addressed to: by the buyer's electronic address (BT-49,
 * scheme and id), else by VAT id (BT-48), else by a party identifier (BT-46) equal to a customer
 * number; the first identifier that matches decides. No match, or an identifier that several
 * customers share, is a {@link ValidationException} naming the buyer party.
 */
final class BuyerMatcher {
    static final String FIELD = "AccountingCustomerParty";

    private BuyerMatcher() {}

    static String customerNumber(Handle handle, Tenant tenant, PartyType party) {
        BuyerDao dao = handle.attach(BuyerDao.class);
        List<String> tried = new ArrayList<>();
        if (party.getEndpointID() != null && party.getEndpointID().getSchemeID() != null) {
            String scheme = party.getEndpointID().getSchemeID().trim();
            String id = party.getEndpointID().getValue().trim();
            tried.add("EndpointID " + scheme + ":" + id);
            List<String> found = dao.byEndpoint(tenant.id(), scheme, id);
            if (decided(found, tried)) {
                return found.get(0);
            }
        }
        for (PartyTaxSchemeType tax : party.getPartyTaxScheme()) {
            if (tax.getCompanyID() != null && tax.getTaxScheme() != null && "VAT".equals(tax.getTaxScheme().getIDValue())) {
                String vatId = tax.getCompanyIDValue().replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
                tried.add("VAT " + vatId);
                List<String> found = dao.byVatId(tenant.id(), vatId);
                if (decided(found, tried)) {
                    return found.get(0);
                }
            }
        }
        for (PartyIdentificationType identification : party.getPartyIdentification()) {
            String number = identification.getIDValue() == null ? "" : identification.getIDValue().trim();
            tried.add("ID " + number);
            List<String> found = dao.byNumber(tenant.id(), number);
            if (decided(found, tried)) {
                return found.get(0);
            }
        }
        throw new ValidationException(List.of(new FieldError(FIELD,
                MessageKey.UBL_BUYER_UNKNOWN, tried.isEmpty() ? "-" : String.join(", ", tried))));
    }

    /** True for exactly one customer; several is an error, none means: try the next identifier. */
    private static boolean decided(List<String> found, List<String> tried) {
        if (found.size() > 1) {
            throw new ValidationException(List.of(new FieldError(FIELD,
                    MessageKey.UBL_BUYER_AMBIGUOUS, tried.get(tried.size() - 1))));
        }
        return found.size() == 1;
    }
}
