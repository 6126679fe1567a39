package io.dudao.common.web;

import io.dudao.common.error.ApiException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import java.util.Map;

/**
 * Paging and sorting parameters as the API takes them (`page`, `size`, `sort=field,asc`), checked
 * against a whitelist that maps API field names to entity attributes.
 */
public record PageQuery(int page, int size, Sort sort) {

    public static final int MAX_SIZE = 200;

    public static PageQuery of(Integer page, Integer size, String sort, Map<String, String> sortable, String defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw ApiException.validation("page", "页码不能为负数", "page must not be negative");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.validation("size", "每页条数须在 1 到 " + MAX_SIZE + " 之间",
                    "size must be between 1 and " + MAX_SIZE);
        }
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        String[] parts = spec.split(",");
        String column = sortable.get(parts[0].trim());
        if (column == null) {
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
        // a sortable field may map to several columns ("caseYear,caseSerial"); id breaks ties so pages stay stable
        Sort order = null;
        for (String part : column.split(",")) {
            order = order == null ? Sort.by(part.trim(), direction) : order.and(part.trim(), direction);
        }
        if (!column.equals("id")) {
            order = order.and("id", direction);
        }
        return new PageQuery(p, s, order);
    }

    public Page panachePage() {
        return Page.of(page, size);
    }
}
