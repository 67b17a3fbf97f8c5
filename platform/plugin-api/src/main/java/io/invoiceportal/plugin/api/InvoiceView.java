package io.invoiceportal.plugin.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One invoice, complete and read-only. Amounts are computed by the portal with two-decimal
 * rounding (half up); names follow EN 16931. Built with {@link #builder()}; later minor versions
 * may add methods (with a default).
 */
public interface InvoiceView {

    /** BT-1, unique within the tenant. */
    String invoiceNumber();

    /** BT-2. */
    LocalDate issueDate();

    /** BT-9, may be {@code null}. */
    LocalDate dueDate();

    /** Free text used for filtering, may be {@code null}. */
    String category();

    /** BT-5, ISO 4217. */
    String currency();

    /** BT-10, may be {@code null}. */
    String buyerReference();

    /** The short text shown in the invoice list, may be {@code null} (see {@link #note()} for BT-22). */
    String description();

    /** The tenant's legal details. */
    PartyView seller();

    /** The customer. */
    CustomerView buyer();

    /** The invoice lines in order. */
    List<Line> lines();

    /** One entry per VAT category and rate. */
    List<VatBreakdown> vatBreakdown();

    /** Document totals. */
    Totals totals();

    /** Payment instructions, may be {@code null}. */
    Payment payment();

    /** BT-3: an invoice (380) or a credit note (381). Since 1.1; {@link DocumentType#INVOICE} by default. */
    default DocumentType documentType() {
        return DocumentType.INVOICE;
    }

    /** BG-3, the invoice a credit note corrects, may be {@code null}. Since 1.1. */
    default PrecedingInvoice precedingInvoice() {
        return null;
    }

    /** BT-13, the buyer's purchase order number, may be {@code null}. Since 1.1. */
    default String orderReference() {
        return null;
    }

    /** BT-12, the contract reference, may be {@code null}. Since 1.1. */
    default String contractReference() {
        return null;
    }

    /** BT-20, payment terms as free text, may be {@code null}. Since 1.1. */
    default String paymentTerms() {
        return null;
    }

    /** BT-72, the actual delivery date, may be {@code null}. Since 1.1. */
    default LocalDate deliveryDate() {
        return null;
    }

    /** BT-22, a free-text note on the whole document, may be {@code null}. Since 1.1. */
    default String note() {
        return null;
    }

    /** BG-20, document-level allowances (already in the totals); empty by default. Since 1.1. */
    default List<AllowanceCharge> allowances() {
        return List.of();
    }

    /** BG-21, document-level charges (already in the totals); empty by default. Since 1.1. */
    default List<AllowanceCharge> charges() {
        return List.of();
    }

    /**
     * The document the invoice was imported from (for example the issuer's UBL file, byte for byte),
     * or {@code null} when it was published as JSON. Since 1.1.
     */
    default SourceDocument source() {
        return null;
    }

    /** BT-3, the kind of document. */
    enum DocumentType {
        /** A commercial invoice, UNTDID 1001 code 380. */
        INVOICE("380"),
        /** A credit note, UNTDID 1001 code 381; its amounts are positive. */
        CREDIT_NOTE("381");

        private final String code;

        DocumentType(String code) {
            this.code = code;
        }

        /** The UNTDID 1001 code: {@code 380} or {@code 381}. */
        public String code() {
            return code;
        }
    }

    /** BG-3, a reference to an earlier invoice. */
    interface PrecedingInvoice {
        /** BT-25, the earlier invoice's number. */
        String number();

        /** BT-26, its issue date, may be {@code null}. */
        LocalDate issueDate();

        /** A reference from its parts; {@code number} is required. */
        static PrecedingInvoice of(String number, LocalDate issueDate) {
            return new Values.Preceding(Values.required(number, "number"), issueDate);
        }
    }

    /**
     * A document-level allowance (BG-20) or charge (BG-21). {@code amount} is positive and excludes
     * VAT; the VAT category and rate say which breakdown entry it belongs to.
     */
    interface AllowanceCharge {
        /** BT-92 / BT-99. */
        BigDecimal amount();

        /** BT-97 / BT-104, may be {@code null} when a reason code is given. */
        String reason();

        /** BT-98 (UNTDID 5189) / BT-105 (UNTDID 7161), may be {@code null} when a reason is given. */
        String reasonCode();

        /** BT-95 / BT-102. */
        String vatCategory();

        /** BT-96 / BT-103, may be {@code null} when the category has no rate. */
        BigDecimal vatRate();

        /** An allowance or charge from its parts; amount and VAT category are required. */
        static AllowanceCharge of(BigDecimal amount, String reason, String reasonCode, String vatCategory,
                BigDecimal vatRate) {
            return new Values.Adjustment(Values.required(amount, "amount"), reason, reasonCode,
                    Values.required(vatCategory, "vatCategory"), vatRate);
        }
    }

    /** The original file an invoice was imported from. */
    interface SourceDocument {
        /** Media type, for example {@code application/xml}. */
        String mediaType();

        /** Its bytes, exactly as received (a copy). */
        byte[] content();

        /** A source document from its parts. */
        static SourceDocument of(String mediaType, byte[] content) {
            return new Values.Source(Values.required(mediaType, "mediaType"), Values.required(content, "content").clone());
        }
    }

    /**
     * A builder with empty lists and every other field empty; number, issue date, currency,
     * seller, buyer and totals are required.
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder holding everything of {@code invoice}, to make a copy with some parts changed. */
    static Builder builder(InvoiceView invoice) {
        return new Builder()
                .invoiceNumber(invoice.invoiceNumber())
                .issueDate(invoice.issueDate())
                .dueDate(invoice.dueDate())
                .category(invoice.category())
                .currency(invoice.currency())
                .buyerReference(invoice.buyerReference())
                .description(invoice.description())
                .seller(invoice.seller())
                .buyer(invoice.buyer())
                .lines(invoice.lines())
                .vatBreakdown(invoice.vatBreakdown())
                .totals(invoice.totals())
                .payment(invoice.payment())
                .documentType(invoice.documentType())
                .precedingInvoice(invoice.precedingInvoice())
                .orderReference(invoice.orderReference())
                .contractReference(invoice.contractReference())
                .paymentTerms(invoice.paymentTerms())
                .deliveryDate(invoice.deliveryDate())
                .note(invoice.note())
                .allowances(invoice.allowances())
                .charges(invoice.charges())
                .source(invoice.source());
    }

    /** An invoice line (BG-25). Built with {@link #builder()}. */
    interface Line {
        /** Line id (BT-126). */
        String id();

        /** Item name (BT-153). */
        String name();

        /** Invoiced quantity (BT-129). */
        BigDecimal quantity();

        /**
         * UN/ECE rec. 20 unit (BT-130), for example {@code C62}; see {@link UnitNames}. The portal
         * fills in {@code C62} when the issuer gave none; a view built without it has {@code null}.
         */
        String unitCode();

        /** Net price (BT-146). */
        BigDecimal unitPrice();

        /** S, Z, E, AE, K, G or O (BT-151). */
        String vatCategory();

        /** Percentage (BT-152), may be {@code null} when the category has none. */
        BigDecimal vatRate();

        /** Quantity times price, rounded (BT-131). */
        BigDecimal lineAmount();

        /** BT-127, a note on the line, may be {@code null}. Since 1.1. */
        default String note() {
            return null;
        }

        /** BT-155, the seller's item id, may be {@code null}. Since 1.1. */
        default String sellerItemId() {
            return null;
        }

        /** BT-157 with its scheme (ISO 6523 ICD, for example {@code 0160} for GTIN), may be {@code null}. Since 1.1. */
        default ItemId standardItemId() {
            return null;
        }

        /** BT-134, start of the invoiced period of this line, may be {@code null}. Since 1.1. */
        default LocalDate periodStart() {
            return null;
        }

        /** BT-135, end of the invoiced period of this line, may be {@code null}. Since 1.1. */
        default LocalDate periodEnd() {
            return null;
        }

        /** A builder with every field empty; all but the unit code and the VAT rate are required. */
        static LineBuilder builder() {
            return new LineBuilder();
        }
    }

    /** An identifier with its scheme, for example a GTIN: scheme {@code 0160}. */
    interface ItemId {
        /** The scheme (ISO 6523 ICD). */
        String scheme();

        /** The identifier. */
        String id();

        /** An id from its parts; both are required. */
        static ItemId of(String scheme, String id) {
            return new Values.Identifier(Values.required(scheme, "scheme"), Values.required(id, "id"));
        }
    }

    /** VAT per category and rate (BG-23). */
    interface VatBreakdown {
        /** VAT category (BT-118). */
        String vatCategory();

        /** Percentage (BT-119), may be {@code null}. */
        BigDecimal vatRate();

        /** Taxable amount (BT-116). */
        BigDecimal taxableAmount();

        /** Tax (BT-117). */
        BigDecimal taxAmount();

        /** BT-120, why the category carries no VAT (E, AE, K, G, O), may be {@code null}. Since 1.1. */
        default String exemptionReason() {
            return null;
        }

        /** BT-121, the VATEX code (for example {@code VATEX-EU-132}), may be {@code null}. Since 1.1. */
        default String exemptionReasonCode() {
            return null;
        }

        /** One breakdown entry; only {@code vatRate} may be {@code null}. */
        static VatBreakdown of(String vatCategory, BigDecimal vatRate, BigDecimal taxableAmount,
                BigDecimal taxAmount) {
            return of(vatCategory, vatRate, taxableAmount, taxAmount, null, null);
        }

        /** One breakdown entry with its exemption reason; rate and reason may be {@code null}. Since 1.1. */
        static VatBreakdown of(String vatCategory, BigDecimal vatRate, BigDecimal taxableAmount,
                BigDecimal taxAmount, String exemptionReason, String exemptionReasonCode) {
            return new Values.Vat(Values.required(vatCategory, "vatCategory"), vatRate,
                    Values.required(taxableAmount, "taxableAmount"), Values.required(taxAmount, "taxAmount"),
                    exemptionReason, exemptionReasonCode);
        }
    }

    /** Document totals (BG-22). Built with {@link #builder()}. */
    interface Totals {
        /** Sum of line amounts (BT-106). */
        BigDecimal lineTotal();

        /** Sum of document-level allowances (BT-107); zero by default. Since 1.1. */
        default BigDecimal allowanceTotal() {
            return BigDecimal.ZERO.setScale(2);
        }

        /** Sum of document-level charges (BT-108); zero by default. Since 1.1. */
        default BigDecimal chargeTotal() {
            return BigDecimal.ZERO.setScale(2);
        }

        /** Total without VAT (BT-109): line total − allowances + charges. */
        BigDecimal taxExclusive();

        /** Total VAT (BT-110). */
        BigDecimal taxTotal();

        /** Total with VAT (BT-112). */
        BigDecimal taxInclusive();

        /** Amount paid in advance (BT-113); zero by default. Since 1.1. */
        default BigDecimal prepaidAmount() {
            return BigDecimal.ZERO.setScale(2);
        }

        /** Amount due (BT-115): total with VAT − prepaid. */
        BigDecimal payable();

        /** A builder with every field empty; every field is required. */
        static TotalsBuilder builder() {
            return new TotalsBuilder();
        }
    }

    /** Payment instructions (BG-16); every part may be {@code null}. */
    interface Payment {
        /** Payment means code (BT-81). */
        String meansCode();

        /** IBAN (BT-84). */
        String iban();

        /** Payment reference (BT-83). */
        String reference();

        /** Payment instructions from their parts. */
        static Payment of(String meansCode, String iban, String reference) {
            return new Values.Pay(meansCode, iban, reference);
        }
    }

    /** Builds an {@link InvoiceView}. */
    final class Builder {
        private String invoiceNumber;
        private LocalDate issueDate;
        private LocalDate dueDate;
        private String category;
        private String currency;
        private String buyerReference;
        private String description;
        private PartyView seller;
        private CustomerView buyer;
        private List<Line> lines = List.of();
        private List<VatBreakdown> vatBreakdown = List.of();
        private Totals totals;
        private Payment payment;
        private DocumentType documentType = DocumentType.INVOICE;
        private PrecedingInvoice precedingInvoice;
        private String orderReference;
        private String contractReference;
        private String paymentTerms;
        private LocalDate deliveryDate;
        private String note;
        private List<AllowanceCharge> allowances = List.of();
        private List<AllowanceCharge> charges = List.of();
        private SourceDocument source;

        private Builder() {}

        /** Sets {@link InvoiceView#documentType()}. Since 1.1. */
        public Builder documentType(DocumentType value) {
            documentType = Values.required(value, "documentType");
            return this;
        }

        /** Sets {@link InvoiceView#precedingInvoice()}. Since 1.1. */
        public Builder precedingInvoice(PrecedingInvoice value) {
            precedingInvoice = value;
            return this;
        }

        /** Sets {@link InvoiceView#orderReference()}. Since 1.1. */
        public Builder orderReference(String value) {
            orderReference = value;
            return this;
        }

        /** Sets {@link InvoiceView#contractReference()}. Since 1.1. */
        public Builder contractReference(String value) {
            contractReference = value;
            return this;
        }

        /** Sets {@link InvoiceView#paymentTerms()}. Since 1.1. */
        public Builder paymentTerms(String value) {
            paymentTerms = value;
            return this;
        }

        /** Sets {@link InvoiceView#deliveryDate()}. Since 1.1. */
        public Builder deliveryDate(LocalDate value) {
            deliveryDate = value;
            return this;
        }

        /** Sets {@link InvoiceView#note()}. Since 1.1. */
        public Builder note(String value) {
            note = value;
            return this;
        }

        /** Sets {@link InvoiceView#allowances()}. Since 1.1. */
        public Builder allowances(List<? extends AllowanceCharge> value) {
            allowances = List.copyOf(value);
            return this;
        }

        /** Sets {@link InvoiceView#charges()}. Since 1.1. */
        public Builder charges(List<? extends AllowanceCharge> value) {
            charges = List.copyOf(value);
            return this;
        }

        /** Sets {@link InvoiceView#source()}. Since 1.1. */
        public Builder source(SourceDocument value) {
            source = value;
            return this;
        }

        /** Sets {@link InvoiceView#invoiceNumber()}. */
        public Builder invoiceNumber(String value) {
            invoiceNumber = value;
            return this;
        }

        /** Sets {@link InvoiceView#issueDate()}. */
        public Builder issueDate(LocalDate value) {
            issueDate = value;
            return this;
        }

        /** Sets {@link InvoiceView#dueDate()}. */
        public Builder dueDate(LocalDate value) {
            dueDate = value;
            return this;
        }

        /** Sets {@link InvoiceView#category()}. */
        public Builder category(String value) {
            category = value;
            return this;
        }

        /** Sets {@link InvoiceView#currency()}. */
        public Builder currency(String value) {
            currency = value;
            return this;
        }

        /** Sets {@link InvoiceView#buyerReference()}. */
        public Builder buyerReference(String value) {
            buyerReference = value;
            return this;
        }

        /** Sets {@link InvoiceView#description()}. */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /** Sets {@link InvoiceView#seller()}. */
        public Builder seller(PartyView value) {
            seller = value;
            return this;
        }

        /** Sets {@link InvoiceView#buyer()}. */
        public Builder buyer(CustomerView value) {
            buyer = value;
            return this;
        }

        /** Sets {@link InvoiceView#lines()}. */
        public Builder lines(List<? extends Line> value) {
            lines = List.copyOf(value);
            return this;
        }

        /** Sets {@link InvoiceView#vatBreakdown()}. */
        public Builder vatBreakdown(List<? extends VatBreakdown> value) {
            vatBreakdown = List.copyOf(value);
            return this;
        }

        /** Sets {@link InvoiceView#totals()}. */
        public Builder totals(Totals value) {
            totals = value;
            return this;
        }

        /** Sets {@link InvoiceView#payment()}. */
        public Builder payment(Payment value) {
            payment = value;
            return this;
        }

        /** The invoice. */
        public InvoiceView build() {
            return new Values.Invoice(Values.required(invoiceNumber, "invoiceNumber"),
                    Values.required(issueDate, "issueDate"), dueDate, category, Values.required(currency, "currency"),
                    buyerReference, description, Values.required(seller, "seller"), Values.required(buyer, "buyer"),
                    lines, vatBreakdown, Values.required(totals, "totals"), payment, documentType,
                    precedingInvoice, orderReference, contractReference, paymentTerms, deliveryDate, note,
                    allowances, charges, source);
        }
    }

    /** Builds an {@link InvoiceView.Line}. */
    final class LineBuilder {
        private String id;
        private String name;
        private BigDecimal quantity;
        private String unitCode;
        private BigDecimal unitPrice;
        private String vatCategory;
        private BigDecimal vatRate;
        private BigDecimal lineAmount;
        private String note;
        private String sellerItemId;
        private ItemId standardItemId;
        private LocalDate periodStart;
        private LocalDate periodEnd;

        private LineBuilder() {}

        /** Sets {@link Line#note()}. Since 1.1. */
        public LineBuilder note(String value) {
            note = value;
            return this;
        }

        /** Sets {@link Line#sellerItemId()}. Since 1.1. */
        public LineBuilder sellerItemId(String value) {
            sellerItemId = value;
            return this;
        }

        /** Sets {@link Line#standardItemId()}. Since 1.1. */
        public LineBuilder standardItemId(ItemId value) {
            standardItemId = value;
            return this;
        }

        /** Sets {@link Line#periodStart()}. Since 1.1. */
        public LineBuilder periodStart(LocalDate value) {
            periodStart = value;
            return this;
        }

        /** Sets {@link Line#periodEnd()}. Since 1.1. */
        public LineBuilder periodEnd(LocalDate value) {
            periodEnd = value;
            return this;
        }

        /** Sets {@link Line#id()}. */
        public LineBuilder id(String value) {
            id = value;
            return this;
        }

        /** Sets {@link Line#name()}. */
        public LineBuilder name(String value) {
            name = value;
            return this;
        }

        /** Sets {@link Line#quantity()}. */
        public LineBuilder quantity(BigDecimal value) {
            quantity = value;
            return this;
        }

        /** Sets {@link Line#unitCode()}. */
        public LineBuilder unitCode(String value) {
            unitCode = value;
            return this;
        }

        /** Sets {@link Line#unitPrice()}. */
        public LineBuilder unitPrice(BigDecimal value) {
            unitPrice = value;
            return this;
        }

        /** Sets {@link Line#vatCategory()}. */
        public LineBuilder vatCategory(String value) {
            vatCategory = value;
            return this;
        }

        /** Sets {@link Line#vatRate()}. */
        public LineBuilder vatRate(BigDecimal value) {
            vatRate = value;
            return this;
        }

        /** Sets {@link Line#lineAmount()}. */
        public LineBuilder lineAmount(BigDecimal value) {
            lineAmount = value;
            return this;
        }

        /** The line. */
        public Line build() {
            return new Values.InvoiceLine(Values.required(id, "id"), Values.required(name, "name"),
                    Values.required(quantity, "quantity"), unitCode,
                    Values.required(unitPrice, "unitPrice"), Values.required(vatCategory, "vatCategory"), vatRate,
                    Values.required(lineAmount, "lineAmount"), note, sellerItemId, standardItemId, periodStart,
                    periodEnd);
        }
    }

    /** Builds an {@link InvoiceView.Totals}. */
    final class TotalsBuilder {
        private BigDecimal lineTotal;
        private BigDecimal taxExclusive;
        private BigDecimal taxTotal;
        private BigDecimal taxInclusive;
        private BigDecimal payable;
        private BigDecimal allowanceTotal = BigDecimal.ZERO.setScale(2);
        private BigDecimal chargeTotal = BigDecimal.ZERO.setScale(2);
        private BigDecimal prepaidAmount = BigDecimal.ZERO.setScale(2);

        private TotalsBuilder() {}

        /** Sets {@link Totals#allowanceTotal()}. Since 1.1. */
        public TotalsBuilder allowanceTotal(BigDecimal value) {
            allowanceTotal = Values.required(value, "allowanceTotal");
            return this;
        }

        /** Sets {@link Totals#chargeTotal()}. Since 1.1. */
        public TotalsBuilder chargeTotal(BigDecimal value) {
            chargeTotal = Values.required(value, "chargeTotal");
            return this;
        }

        /** Sets {@link Totals#prepaidAmount()}. Since 1.1. */
        public TotalsBuilder prepaidAmount(BigDecimal value) {
            prepaidAmount = Values.required(value, "prepaidAmount");
            return this;
        }

        /** Sets {@link Totals#lineTotal()}. */
        public TotalsBuilder lineTotal(BigDecimal value) {
            lineTotal = value;
            return this;
        }

        /** Sets {@link Totals#taxExclusive()}. */
        public TotalsBuilder taxExclusive(BigDecimal value) {
            taxExclusive = value;
            return this;
        }

        /** Sets {@link Totals#taxTotal()}. */
        public TotalsBuilder taxTotal(BigDecimal value) {
            taxTotal = value;
            return this;
        }

        /** Sets {@link Totals#taxInclusive()}. */
        public TotalsBuilder taxInclusive(BigDecimal value) {
            taxInclusive = value;
            return this;
        }

        /** Sets {@link Totals#payable()}. */
        public TotalsBuilder payable(BigDecimal value) {
            payable = value;
            return this;
        }

        /** The totals. */
        public Totals build() {
            return new Values.DocumentTotals(Values.required(lineTotal, "lineTotal"),
                    Values.required(taxExclusive, "taxExclusive"), Values.required(taxTotal, "taxTotal"),
                    Values.required(taxInclusive, "taxInclusive"), Values.required(payable, "payable"),
                    allowanceTotal, chargeTotal, prepaidAmount);
        }
    }
}
