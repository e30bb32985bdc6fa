package io.salesplatform.platform.api;

import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * Which slice of a list a caller asks for.
 *
 * @param offset how many items to skip, 0 or more
 * @param limit how many items at most, 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /** The page the query parameters name, or a 400 naming every bad parameter. */
  public static PageRequest of(Integer offset, Integer limit) {
    int from = offset == null ? 0 : offset;
    int size = limit == null ? DEFAULT_LIMIT : limit;
    List<Problem.FieldError> errors = new ArrayList<>();
    if (from < 0) {
      errors.add(new Problem.FieldError("offset", "must be 0 or more"));
    }
    if (size < 1 || size > MAX_LIMIT) {
      errors.add(new Problem.FieldError("limit", "must be between 1 and " + MAX_LIMIT));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The paging parameters are invalid.", errors);
    }
    return new PageRequest(from, size);
  }
}
