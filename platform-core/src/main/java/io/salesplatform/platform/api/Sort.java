package io.salesplatform.platform.api;

import io.salesplatform.platform.problem.Problems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order a caller asks a list in: the {@code sort} query parameter, one or more fields separated
 * by commas, each ascending or, with a leading {@code -}, descending (such as {@code
 * -updatedAt,name}). Only the fields a list names as sortable are accepted, so a sort never reaches
 * the query language unchecked.
 *
 * @param orders the fields in order of precedence
 */
public record Sort(List<Order> orders) {

  /**
   * One sort field.
   *
   * @param field the field's name on the wire, which is also its attribute name
   * @param ascending whether smaller values come first
   */
  public record Order(String field, boolean ascending) {}

  public Sort {
    orders = List.copyOf(orders);
  }

  /**
   * The sort {@code parameter} names, or {@code fallback} when it is absent; a 400 naming the
   * {@code sort} parameter when it names a field outside {@code allowed} or is malformed.
   */
  public static Sort of(String parameter, String fallback, Set<String> allowed) {
    String value = parameter == null || parameter.isBlank() ? fallback : parameter;
    List<Order> orders = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String part : value.split(",", -1)) {
      String token = part.trim();
      boolean descending = token.startsWith("-");
      String field = descending ? token.substring(1) : token;
      if (!allowed.contains(field)) {
        throw Problems.badRequest(
            "sort",
            "'"
                + token
                + "' is not sortable; use one or more of "
                + allowed.stream().sorted().collect(Collectors.joining(", "))
                + ", each optionally preceded by '-' for descending, separated by commas");
      }
      if (!seen.add(field)) {
        throw Problems.badRequest("sort", "'" + field + "' is named twice");
      }
      orders.add(new Order(field, !descending));
    }
    return new Sort(orders);
  }

  /**
   * The JPQL {@code order by} clause for entity alias {@code alias}, ending with {@code tieBreaker}
   * ascending so that pages never overlap.
   */
  public String jpql(String alias, String tieBreaker) {
    return jpql(alias, tieBreaker, Set.of());
  }

  /**
   * The JPQL {@code order by} clause as {@link #jpql(String, String)} makes it, with the text
   * fields {@code ignoringCase} compared in lower case, as people read a list of names.
   */
  public String jpql(String alias, String tieBreaker, Set<String> ignoringCase) {
    StringBuilder clause = new StringBuilder(" order by ");
    for (Order order : orders) {
      String path = alias + "." + order.field();
      clause
          .append(ignoringCase.contains(order.field()) ? "lower(" + path + ")" : path)
          .append(order.ascending() ? " asc" : " desc")
          .append(", ");
    }
    return clause.append(alias).append('.').append(tieBreaker).append(" asc").toString();
  }

  /**
   * The SQL {@code order by} clause for a native query whose sortable fields are the expressions
   * {@code columns} names them by, empty values last either way, ending with {@code tieBreaker}
   * (columns, ascending) so that pages never overlap.
   */
  public String sql(Map<String, String> columns, String tieBreaker) {
    StringBuilder clause = new StringBuilder(" order by ");
    for (Order order : orders) {
      clause
          .append(columns.get(order.field()))
          .append(order.ascending() ? " asc" : " desc")
          .append(" nulls last, ");
    }
    return clause.append(tieBreaker).toString();
  }

  /** The sort as the query parameter spells it. */
  @Override
  public String toString() {
    return orders.stream()
        .map(o -> (o.ascending() ? "" : "-") + o.field())
        .collect(Collectors.joining(","));
  }
}
