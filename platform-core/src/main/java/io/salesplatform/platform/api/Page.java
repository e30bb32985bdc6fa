package io.salesplatform.platform.api;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the items of this page
 * @param offset how many items precede this page
 * @param limit the page size asked for
 * @param total how many items there are in all
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.offset(), request.limit(), total);
  }
}
