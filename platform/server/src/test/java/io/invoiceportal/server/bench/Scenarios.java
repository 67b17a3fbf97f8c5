package io.invoiceportal.server.bench;

import java.util.ArrayList;
import java.util.List;

/** The list requests the benchmark times: every sort both ways, every filter, first, deep and last pages. */
final class Scenarios {
    /** A deep page: page 1000 of 50, i.e. rows 50,001-50,050. */
    static final int DEEP_PAGE = 1000;
    static final int DEEP_SIZE = 50;
    /** The page number that stands for "the last page", resolved from the total before timing. */
    static final int LAST = -1;

    private Scenarios() {}

    /**
     * One timed request shape.
     *
     * @param name what the row says
     * @param query filters and sort, without page and size
     */
    record Scenario(String name, String query, int page, int size) {
        String url(int resolvedPage) {
            return "?" + (query.isEmpty() ? "" : query + "&") + "page=" + resolvedPage + "&size=" + size;
        }
    }

    static List<Scenario> all(String sampleNumber) {
        List<Scenario> list = new ArrayList<>();
        for (String sort : List.of("invoiceNumber", "issueDate", "dueDate", "category", "totalAmount", "read")) {
            for (String direction : List.of("asc", "desc")) {
                String q = "sort=" + sort + "," + direction;
                list.add(new Scenario(sort + " " + direction + ", first page", q, 0, 25));
                list.add(new Scenario(sort + " " + direction + ", page 1000 of 50", q, DEEP_PAGE, DEEP_SIZE));
                list.add(new Scenario(sort + " " + direction + ", last page of 100", q, LAST, 100));
            }
        }
        list.add(new Scenario("default sort, first page of 100", "", 0, 100));
        String month = "dateFrom=2025-03-01&dateTo=2025-03-31";
        list.add(new Scenario("unread, first page", "read=false", 0, 25));
        list.add(new Scenario("unread, page 1000 of 50", "read=false", DEEP_PAGE, DEEP_SIZE));
        list.add(new Scenario("unread, dueDate asc, first page", "read=false&sort=dueDate,asc", 0, 25));
        list.add(new Scenario("read, first page", "read=true", 0, 25));
        list.add(new Scenario("read, last page of 100", "read=true", LAST, 100));
        list.add(new Scenario("number (exact)", "number=" + sampleNumber, 0, 25));
        list.add(new Scenario("one month, first page", month, 0, 25));
        list.add(new Scenario("one month, last page of 100", month, LAST, 100));
        list.add(new Scenario("one month, category asc, first page", month + "&sort=category,asc", 0, 25));
        list.add(new Scenario("category 'alg', first page", "category=alg", 0, 25));
        list.add(new Scenario("category 'alg', last page of 100", "category=alg", LAST, 100));
        list.add(new Scenario("category 'alg', totalAmount desc, first page", "category=alg&sort=totalAmount,desc", 0, 25));
        list.add(new Scenario("'alg' + one month + unread, first page", "category=alg&" + month + "&read=false", 0, 25));
        list.add(new Scenario("'alg' + one month + unread, read desc, first page",
                "category=alg&" + month + "&read=false&sort=read,desc", 0, 25));
        return list;
    }
}
