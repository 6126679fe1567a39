package io.dudao.common.web;

import io.dudao.common.error.ApiException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import java.util.Map;

/**
 * Paging and sorting parameters as the API takes them (`page`, `size`, `sort=field,asc`), checked
 * against a whitelist that maps API field names to entity attributes (one or more, comma-separated).
 * Pages reach at most {@link #MAX_OFFSET} rows deep: beyond that a filter serves the caller better
 * than the database skipping rows (and the change feed or an export serve scripts that want all).
 */
public record PageQuery(int page, int size, Sort sort) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_OFFSET = 10_000;

    public static PageQuery of(Integer page, Integer size, String sort, Map<String, String> sortable, String defaultSort) {
        PageQuery window = window(page, size, MAX_SIZE);
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        String[] parts = spec.split(",");
        String columns = sortable.get(parts[0].trim());
        if (columns == null || parts.length > 2) {
            throw ApiException.validation("sort", "不支持按该字段排序，可用：" + String.join("、", sortable.keySet()),
                    "cannot sort by that field; sortable: " + String.join(", ", sortable.keySet()));
        }
        Sort.Direction direction = Sort.Direction.Ascending;
        if (parts.length > 1) {
            String dir = parts[1].trim().toLowerCase();
            if (dir.equals("desc")) {
                direction = Sort.Direction.Descending;
            } else if (!dir.equals("asc")) {
                throw ApiException.validation("sort", "排序方向只能是 asc 或 desc", "sort direction must be asc or desc");
            }
        }
        Sort order = null;
        for (String column : columns.split(",")) {
            order = order == null ? Sort.by(column.trim(), direction) : order.and(column.trim(), direction);
        }
        // id as the tie-breaker keeps pages stable when many rows share the sort value
        if (!columns.equals("id")) {
            order = order.and("id", direction);
        }
        return new PageQuery(window.page(), window.size(), order);
    }

    /** Page and size alone, for lists with a fixed order; size at most {@code maxSize}. */
    public static PageQuery window(Integer page, Integer size, int maxSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? Math.min(DEFAULT_SIZE, maxSize) : size;
        if (p < 0) {
            throw ApiException.validation("page", "页码不能为负数", "page must not be negative");
        }
        if (s < 1 || s > maxSize) {
            throw ApiException.validation("size", "每页条数须在 1 到 " + maxSize + " 之间",
                    "size must be between 1 and " + maxSize);
        }
        if ((long) p * s > MAX_OFFSET) {
            throw ApiException.validation("page", "最多只能翻到第 " + MAX_OFFSET + " 条（每页 " + s + " 条时为第 " + MAX_OFFSET / s
                            + " 页）；请缩小筛选条件（如年份、单位、状态、日期），或改变排序从另一端查看",
                    "pages reach at most " + MAX_OFFSET + " rows deep (page " + MAX_OFFSET / s + " at size " + s
                            + "); narrow the filter (year, organisation, status, dates) or reverse the sort");
        }
        return new PageQuery(p, s, null);
    }

    public Page panachePage() {
        return Page.of(page, size);
    }

    /**
     * The order as SQL ("t.due_date asc, t.id asc"): entity attributes named in camelCase are the
     * snake_case columns of the table aliased {@code alias}; "caseYear,caseSerial" orders by both.
     */
    public String orderBy(String alias) {
        StringBuilder out = new StringBuilder();
        for (Sort.Column column : sort.getColumns()) {
            String direction = column.getDirection() == Sort.Direction.Descending ? " desc" : " asc";
            for (String attribute : column.getName().split(",")) {
                out.append(out.isEmpty() ? "" : ", ").append(alias).append('.')
                        .append(attribute.trim().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase()).append(direction);
            }
        }
        return out.toString();
    }

    /**
     * The total for a page: counted only when the rows found do not tell it, i.e. when the page is
     * full (there may be more) or empty past the first page (there may be fewer).
     */
    public long total(int rowsOnPage, java.util.function.LongSupplier count) {
        if (rowsOnPage > 0 && rowsOnPage < size || rowsOnPage == 0 && page == 0) {
            return (long) page * size + rowsOnPage;
        }
        return count.getAsLong();
    }

    /** The rows to skip, for native queries. */
    public int offset() {
        return page * size;
    }
}
