package io.invoiceportal.server.e2e;

import java.util.Map;

/**
 * The texts a customer reads and clicks, written out here on purpose (not read from the UI's
 * translation files): the Dutch ones are the labels of the user manual, so renaming one in the UI
 * breaks this suite.
 */
record Labels(String language, String browserLocale, Map<String, String> texts) {

    static final Labels DUTCH = new Labels("nl", "nl-NL", Map.ofEntries(
            Map.entry("activation.subject", "Welkom"),
            Map.entry("activation.title", "Account activeren"),
            Map.entry("login", "Login naam"),
            Map.entry("password", "Wachtwoord"),
            Map.entry("confirmation", "Bevestig wachtwoord"),
            Map.entry("save", "Opslaan"),
            Map.entry("activated", "Uw account is geactiveerd. U kunt nu inloggen."),
            Map.entry("login.title", "Inloggen"),
            Map.entry("login.button", "Log in"),
            Map.entry("forgot", "Wachtwoord vergeten"),
            Map.entry("welcome", "Welkom, "),
            Map.entry("status", "Status"),
            Map.entry("unread", "Ongelezen"),
            Map.entry("read", "Gelezen"),
            Map.entry("filter.status", "Gelezen status"),
            Map.entry("number", "Factuurnummer"),
            Map.entry("type", "Soort"),
            Map.entry("creditNote", "Creditnota"),
            Map.entry("issueDate", "Factuurdatum"),
            Map.entry("dateFrom", "Factuurdatum van"),
            Map.entry("dateTo", "Factuurdatum tot"),
            Map.entry("category", "Categorie"),
            Map.entry("amount", "Bedrag incl. btw"),
            Map.entry("search", "Zoeken"),
            Map.entry("clear", "Wissen"),
            Map.entry("pageSize", "Aantal facturen per pagina"),
            Map.entry("total", "{0} facturen"),
            Map.entry("onePage", "Pagina 1 van 1"),
            Map.entry("profile.title", "Profiel"),
            Map.entry("channel", "Afleverkanaal"),
            Map.entry("channel.email-pdf", "E-mail met PDF"),
            Map.entry("profile.saved", "Uw profiel is opgeslagen"),
            Map.entry("loginDetails", "Inlog gegevens"),
            Map.entry("current", "Huidig wachtwoord"),
            Map.entry("new", "Nieuw wachtwoord"),
            Map.entry("newConfirmation", "Bevestig nieuw wachtwoord"),
            Map.entry("changed", "Uw wachtwoord is gewijzigd."),
            Map.entry("logout", "Uitloggen"),
            Map.entry("changePassword", "Wachtwoord wijzigen"),
            Map.entry("selectAll", "Alle facturen op deze pagina selecteren"),
            Map.entry("selectRow", "Factuur selecteren"),
            Map.entry("email", "E-mailadres"),
            Map.entry("send", "Versturen"),
            Map.entry("sent", "Als de login naam en het e-mailadres bij een account horen"),
            Map.entry("reset.subject", "wachtwoord"),
            Map.entry("reset.title", "Nieuw wachtwoord instellen"),
            Map.entry("reset.done", "Uw nieuwe wachtwoord is opgeslagen. U kunt nu inloggen."),
            Map.entry("downloadOptions", "Download opties"),
            Map.entry("download", "Downloaden"),
            Map.entry("noneSelected", "Er is geen factuur geselecteerd."),
            Map.entry("rowDownload", "Download PDF, XML, CSV")));

    static final Labels ENGLISH = new Labels("en", "en-GB", Map.ofEntries(
            Map.entry("activation.subject", "Welcome"),
            Map.entry("activation.title", "Activate your account"),
            Map.entry("login", "Login name"),
            Map.entry("password", "Password"),
            Map.entry("confirmation", "Confirm password"),
            Map.entry("save", "Save"),
            Map.entry("activated", "Your account is activated. You can now log in."),
            Map.entry("login.title", "Log in"),
            Map.entry("login.button", "Log in"),
            Map.entry("forgot", "Forgot password"),
            Map.entry("welcome", "Welcome, "),
            Map.entry("status", "Status"),
            Map.entry("unread", "Unread"),
            Map.entry("read", "Read"),
            Map.entry("filter.status", "Read status"),
            Map.entry("number", "Invoice number"),
            Map.entry("type", "Type"),
            Map.entry("creditNote", "Credit note"),
            Map.entry("issueDate", "Invoice date"),
            Map.entry("dateFrom", "Invoice date from"),
            Map.entry("dateTo", "Invoice date to"),
            Map.entry("category", "Category"),
            Map.entry("amount", "Amount incl. VAT"),
            Map.entry("search", "Search"),
            Map.entry("clear", "Clear"),
            Map.entry("pageSize", "Invoices per page"),
            Map.entry("total", "{0} invoices"),
            Map.entry("onePage", "Page 1 of 1"),
            Map.entry("profile.title", "Profile"),
            Map.entry("channel", "Delivery channel"),
            Map.entry("channel.email-pdf", "E-mail with PDF"),
            Map.entry("profile.saved", "Your profile has been saved"),
            Map.entry("loginDetails", "Login details"),
            Map.entry("current", "Current password"),
            Map.entry("new", "New password"),
            Map.entry("newConfirmation", "Confirm new password"),
            Map.entry("changed", "Your password has been changed."),
            Map.entry("logout", "Log out"),
            Map.entry("changePassword", "Change password"),
            Map.entry("selectAll", "Select all invoices on this page"),
            Map.entry("selectRow", "Select invoice"),
            Map.entry("email", "E-mail address"),
            Map.entry("send", "Send"),
            Map.entry("sent", "If the login name and e-mail address belong to an account"),
            Map.entry("reset.subject", "password"),
            Map.entry("reset.title", "Set a new password"),
            Map.entry("reset.done", "Your new password is saved. You can now log in with it."),
            Map.entry("downloadOptions", "Download options"),
            Map.entry("download", "Download"),
            Map.entry("noneSelected", "No invoice selected."),
            Map.entry("rowDownload", "Download PDF, XML, CSV")));

    String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No label " + key);
        }
        return text;
    }

    @Override
    public String toString() {
        return language;
    }
}
