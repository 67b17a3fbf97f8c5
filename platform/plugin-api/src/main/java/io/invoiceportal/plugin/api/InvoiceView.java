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

    /** Free text (a note, BT-22), may be {@code null}. */
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
                .payment(invoice.payment());
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

        /** A builder with every field empty; all but the unit code and the VAT rate are required. */
        static LineBuilder builder() {
            return new LineBuilder();
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

        /** One breakdown entry; only {@code vatRate} may be {@code null}. */
        static VatBreakdown of(String vatCategory, BigDecimal vatRate, BigDecimal taxableAmount,
                BigDecimal taxAmount) {
            return new Values.Vat(Values.required(vatCategory, "vatCategory"), vatRate,
                    Values.required(taxableAmount, "taxableAmount"), Values.required(taxAmount, "taxAmount"));
        }
    }

    /** Document totals (BG-22). Built with {@link #builder()}. */
    interface Totals {
        /** Sum of line amounts (BT-106). */
        BigDecimal lineTotal();

        /** Total without VAT (BT-109). */
        BigDecimal taxExclusive();

        /** Total VAT (BT-110). */
        BigDecimal taxTotal();

        /** Total with VAT (BT-112). */
        BigDecimal taxInclusive();

        /** Amount due (BT-115). */
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

        private Builder() {}

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
                    lines, vatBreakdown, Values.required(totals, "totals"), payment);
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

        private LineBuilder() {}

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
                    Values.required(lineAmount, "lineAmount"));
        }
    }

    /** Builds an {@link InvoiceView.Totals}. */
    final class TotalsBuilder {
        private BigDecimal lineTotal;
        private BigDecimal taxExclusive;
        private BigDecimal taxTotal;
        private BigDecimal taxInclusive;
        private BigDecimal payable;

        private TotalsBuilder() {}

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
                    Values.required(taxInclusive, "taxInclusive"), Values.required(payable, "payable"));
        }
    }
}
