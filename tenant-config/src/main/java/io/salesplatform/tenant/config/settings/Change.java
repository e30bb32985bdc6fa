package io.salesplatform.tenant.config.settings;

/**
 * One difference between two settings trees.
 *
 * @param path where, as {@link Violation} paths are written
 * @param before the value before, in tree form; null when the value was added
 * @param after the value after, in tree form; null when the value was removed
 */
public record Change(String path, @Nullable Object before, @Nullable Object after) {

  @Override
  public String toString() {
    return path + ": " + before + " → " + after;
  }
}
