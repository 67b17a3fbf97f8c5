/**
 * The JAXB classes of the invoice XML, version 1 ({@value Invoice#NAMESPACE}). They mirror
 * {@code xsd/invoice-1.xsd}, which is the contract; each class is built from the plugin API's
 * {@code InvoiceView} by its static {@code of} method and is only used to marshal.
 */
@XmlSchema(
        namespace = Invoice.NAMESPACE,
        elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = Invoice.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
package io.invoiceportal.plugins.xml.v1;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
