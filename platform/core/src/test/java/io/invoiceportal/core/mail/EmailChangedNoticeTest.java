package io.invoiceportal.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.MailSender.Attachment;
import io.invoiceportal.plugin.api.MailSender.Mail;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugin.api.TenantView.Branding;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailChangedNoticeTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    /** The notice is sent under the tenant's sender name, with its logo inline, its colours and its footer (escaped in HTML). */
    @Test
    void carriesTheTenantsBrand() {
        Mail mail = EmailChangedNotice.compose("<n@x>", "new@example.test", tenant(Branding.builder().primaryColor("#7a1f5c")
                .accentColor("#1d5e3a").logoPng(PNG).mailSenderName("Acme Klantenservice").defaultLocale(Locale.of("nl"))
                .footers(Map.of("nl", Branding.Footer.of("Acme <B.V.>", List.of(Branding.Link.of("Privacy", "https://acme.example/p"),
                        Branding.Link.of("x", "javascript:alert(1)")))))
                .build()), "old@example.test", "new@example.test", Locale.of("nl"));

        assertThat(mail.fromName()).isEqualTo("Acme Klantenservice");
        assertThat(mail.attachments()).extracting(Attachment::contentId).containsExactly("logo@invoice-portal");
        assertThat(mail.html()).contains("src=\"cid:logo@invoice-portal\"", "background:#1d5e3a", "Acme &lt;B.V.&gt;",
                "<a href=\"https://acme.example/p\" style=\"color:#7a1f5c;\">Privacy</a>", "old@example.test")
                .doesNotContain("javascript:", "<B.V.>");
        assertThat(mail.text()).contains("gewijzigd van old@example.test in new@example.test", "Acme <B.V.>",
                "Privacy: https://acme.example/p").doesNotContain("javascript:");
    }

    /** A tenant with colours only gets its name instead of a logo, no inline part, and is sent under its name, in English. */
    @Test
    void plainTenantInEnglish() {
        Mail mail = EmailChangedNotice.compose("<n@x>", "new@example.test", tenant(Branding.of("#7a1f5c", "#1d5e3a", null)),
                "old@example.test", "new@example.test", Locale.ENGLISH);

        assertThat(mail.fromName()).isEqualTo("Acme");
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.subject()).isEqualTo("Your e-mail address at Acme has been changed");
        assertThat(mail.html()).contains(">Acme</span>", "lang=\"en\"").doesNotContain("cid:");
    }

    private static TenantView tenant(Branding branding) {
        return TenantView.builder().slug("acme").name("Acme").defaultLocale(Locale.of("nl"))
                .seller(PartyView.builder().legalName("Acme B.V.").address(PartyView.AddressView.of("S 1", "1000 AA", "A", "NL"))
                        .build())
                .branding(branding).portalUrl("https://portal.example/t/acme").build();
    }
}
