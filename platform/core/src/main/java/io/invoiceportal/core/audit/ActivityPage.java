package io.invoiceportal.core.audit;

import java.util.List;

/** One page of a trail, newest first, and how many events the whole trail has. */
public record ActivityPage(List<Activity> items, long total, int page, int size) {}
