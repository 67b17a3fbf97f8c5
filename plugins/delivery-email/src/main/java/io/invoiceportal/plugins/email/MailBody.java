package io.invoiceportal.plugins.email;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of one mail as a list of blocks, rendered twice: as plain text (every link written out
 * in full on its own line) and as HTML for mail clients (tables and inline styles only, every
 * value escaped). Blocks take plain text; nothing passed in is ever read as HTML.
 */
final class MailBody {

    /** A label and its value, such as "Invoice number" and "2025-0042". */
    record Fact(String label, String value) {}

    private sealed interface Block {}

    private record Paragraph(String text) implements Block {}

    private record Button(String label, String url) implements Block {}

    private record Link(String intro, String url) implements Block {}

    private record Facts(List<Fact> facts) implements Block {}

    private final List<Block> blocks = new ArrayList<>();

    MailBody paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    /** The main action of the mail: a button in HTML, the label and the URL in text. */
    MailBody button(String label, String url) {
        blocks.add(new Button(label, url));
        return this;
    }

    /** A sentence followed by a URL shown in full. */
    MailBody link(String intro, String url) {
        blocks.add(new Link(intro, url));
        return this;
    }

    MailBody facts(List<Fact> facts) {
        blocks.add(new Facts(List.copyOf(facts)));
        return this;
    }

    String text(String header, MailFooter footer) {
        StringBuilder out = new StringBuilder();
        out.append(header).append('\n').append("=".repeat(Math.max(3, header.length()))).append("\n\n");
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> out.append(p.text()).append('\n');
                case Button b -> out.append(b.label()).append(":\n").append(b.url()).append('\n');
                case Link l -> out.append(l.intro()).append('\n').append(l.url()).append('\n');
                case Facts f -> f.facts().forEach(fact -> out.append(fact.label()).append(": ").append(fact.value()).append('\n'));
            }
            out.append('\n');
        }
        return out.append("-- \n").append(footer.asText()).toString();
    }

    /**
     * The HTML mail: the logo ({@code cid:}) or the name on white, a band of the accent colour with
     * the title, the blocks, the footer; the font stack on the whole card.
     */
    String html(MailStyle style, String language, String title, String linkFallback, MailFooter footer) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(language)).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n</head>\n")
                .append("<body style=\"margin:0;padding:0;background:#f4f4f4;\">\n")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f4f4;\">")
                .append("<tr><td align=\"center\" style=\"padding:24px 12px;\">\n")
                .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;width:100%;")
                .append("background:#ffffff;font-family:").append(Html.escape(style.font()))
                .append(";font-size:15px;line-height:1.5;color:#222222;\">\n")
                .append("<tr><td style=\"padding:20px 24px;\">").append(masthead(style)).append("</td></tr>\n")
                .append("<tr><td style=\"background:").append(style.accent()).append(";color:").append(style.onAccent())
                .append(";padding:12px 24px;font-size:18px;font-weight:bold;\">").append(Html.escape(title)).append("</td></tr>\n")
                .append("<tr><td style=\"padding:24px;\">\n");
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> out.append("<p style=\"margin:0 0 16px;\">").append(Html.text(p.text())).append("</p>\n");
                case Button b -> out
                        .append("<p style=\"margin:24px 0 8px;\"><a href=\"").append(Html.escape(b.url()))
                        .append("\" style=\"display:inline-block;background:").append(style.primary()).append(";color:")
                        .append(style.onPrimary()).append(";padding:12px 24px;border-radius:4px;text-decoration:none;font-weight:bold;\">")
                        .append(Html.escape(b.label())).append("</a></p>\n")
                        .append("<p style=\"margin:0 0 24px;font-size:13px;color:#666666;\">").append(Html.escape(linkFallback))
                        .append("<br>").append(anchor(b.url(), style)).append("</p>\n");
                case Link l -> out.append("<p style=\"margin:0 0 16px;\">").append(Html.text(l.intro())).append("<br>")
                        .append(anchor(l.url(), style)).append("</p>\n");
                case Facts f -> {
                    out.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:0 0 16px;\">\n");
                    for (Fact fact : f.facts()) {
                        out.append("<tr><td style=\"padding:2px 24px 2px 0;color:#666666;\">").append(Html.escape(fact.label()))
                                .append("</td><td style=\"padding:2px 0;font-weight:bold;\">").append(Html.escape(fact.value()))
                                .append("</td></tr>\n");
                    }
                    out.append("</table>\n");
                }
            }
        }
        return out.append("</td></tr>\n")
                .append("<tr><td style=\"padding:16px 24px;border-top:4px solid ").append(style.accent())
                .append(";font-size:12px;color:#555555;\">\n").append(footer.asHtml(style)).append("</td></tr>\n")
                .append("</table>\n</td></tr></table>\n</body>\n</html>\n")
                .toString();
    }

    /** The logo when there is one (its alt text the name), else the name in the primary colour. */
    private static String masthead(MailStyle style) {
        if (style.logo() != null) {
            return "<img src=\"cid:" + MailLogo.CONTENT_ID + "\" width=\"" + style.logo().width() + "\" height=\""
                    + style.logo().height() + "\" alt=\"" + Html.escape(style.name())
                    + "\" style=\"display:block;border:0;\">";
        }
        return "<span style=\"font-size:22px;font-weight:bold;color:" + style.primary() + ";\">"
                + Html.escape(style.name()) + "</span>";
    }

    private static String anchor(String url, MailStyle style) {
        String escaped = Html.escape(url);
        return "<a href=\"" + escaped + "\" style=\"color:" + style.primary() + ";word-break:break-all;\">" + escaped + "</a>";
    }
}
