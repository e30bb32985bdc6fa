package io.salesplatform.platform.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The checklist of an inspection: the items to check and, once checked, each one's result. */
public final class Checklist {

  private Checklist() {}

  /** What checking an item found. */
  public enum Result {
    PASS("pass"),
    FAIL("fail"),
    NOT_APPLICABLE("n.a.");

    private final String id;

    Result(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Optional<Result> byId(String id) {
      return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
      return Arrays.stream(values()).map(Result::id).toList();
    }
  }

  /**
   * One item of a checklist.
   *
   * @param item what is checked
   * @param result what was found: pass, fail or n.a.; {@code null} while unchecked
   * @param notes the inspector's notes, or {@code null}
   */
  public record Item(String item, String result, String notes) {

    public boolean checked() {
      return result != null;
    }
  }

  /** The items not checked yet, by their position. */
  public static List<Integer> unchecked(List<Item> items) {
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).checked()) {
        open.add(i);
      }
    }
    return open;
  }

  /** How many items were found to fail. */
  public static long failed(List<Item> items) {
    return items.stream().filter(i -> Result.FAIL.id().equals(i.result())).count();
  }
}
