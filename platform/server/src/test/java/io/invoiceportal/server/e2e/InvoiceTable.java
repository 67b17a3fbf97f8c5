package io.invoiceportal.server.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the Facturenscherm's grid as the user sees it: the visible rows in row order, each a map
 * from column header text to cell text (an icon cell gives its accessible name, e.g. "Ongelezen").
 */
final class InvoiceTable {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String READ_ROWS = """
            grid => {
              const text = cell => {
                const slot = cell.querySelector('slot');
                const content = slot && slot.assignedElements({flatten: true})[0];
                if (!content) return '';
                const shown = content.innerText.trim();
                if (shown) return shown;
                const named = content.querySelector('[aria-label]');
                return named ? named.getAttribute('aria-label') : '';
              };
              const headerRows = [...grid.shadowRoot.querySelectorAll('thead tr')];
              const headers = [...headerRows[headerRows.length - 1].querySelectorAll('th')].map(text);
              return [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                .filter(row => !row.hidden && row.offsetParent !== null)
                .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
                .map(row => Object.fromEntries([...row.querySelectorAll('td')].map((cell, i) => [headers[i] || ('#' + i), text(cell)])));
            }""";

    private final Page page;
    private final Locator grid;

    InvoiceTable(Page page) {
        this.page = page;
        this.grid = page.locator("vaadin-grid").first();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, String>> rows() {
        return (List<Map<String, String>>) grid.evaluate(READ_ROWS);
    }

    /** Waits until the rows satisfy {@code expected}; fails naming what was awaited and what was shown. */
    List<Map<String, String>> await(String what, Predicate<List<Map<String, String>>> expected) {
        Instant deadline = Instant.now().plus(WAIT);
        List<Map<String, String>> rows = rows();
        while (!expected.test(rows)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Facturenscherm: expected " + what + " within " + WAIT.toSeconds() + " s, but the "
                        + rows.size() + " rows shown were:\n" + describe(rows));
            }
            page.waitForTimeout(100);
            rows = rows();
        }
        return rows;
    }

    /** Waits until exactly these invoice numbers are shown (in any order). */
    List<Map<String, String>> awaitNumbers(String what, String numberColumn, java.util.Set<String> numbers) {
        return await(what + " (" + numbers.size() + " invoices)", rows -> rows.size() == numbers.size()
                && rows.stream().map(r -> r.get(numberColumn)).collect(java.util.stream.Collectors.toSet()).equals(numbers));
    }

    static String describe(List<Map<String, String>> rows) {
        StringBuilder all = new StringBuilder();
        rows.stream().limit(30).forEach(r -> all.append("  ").append(r.values()).append('\n'));
        if (rows.size() > 30) {
            all.append("  …\n");
        }
        return all.toString();
    }

    /** The cents of an amount as shown ("€ 1.234,56" or "€1,234.56"). */
    static long cents(String amount) {
        String digits = amount.replaceAll("[^0-9]", "");
        long value = Long.parseLong(digits);
        return amount.contains("-") || amount.contains("−") ? -value : value;
    }
}
