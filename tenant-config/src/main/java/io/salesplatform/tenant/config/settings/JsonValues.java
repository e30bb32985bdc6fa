package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as plain Java: maps with string keys, lists, strings, numbers, booleans and null.
 * Numbers are kept in one canonical form, whatever parsed them (a YAML reader, JSON-B, a test):
 * whole numbers are {@link Integer}, or {@link Long} when they do not fit, and all others are
 * {@link BigDecimal} without trailing zeros. So {@code 5}, {@code 5L} and {@code 5.0} compare
 * equal, and no {@code double} ever carries a percentage.
 */
final class JsonValues {

  private JsonValues() {}

  /** A canonical, unmodifiable copy of a JSON object; throws when it holds a non-JSON value. */
  static Map<String, Object> object(Map<?, ?> object) {
    List<Violation> found = new ArrayList<>();
    Object copy = read(object, "", found, false);
    if (!found.isEmpty()) {
      throw new IllegalArgumentException(found.get(0).toString());
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) copy;
    return map;
  }

  /** A canonical, mutable deep copy of a JSON value; throws when it is not one. */
  static Object mutableCopy(Object value) {
    List<Violation> found = new ArrayList<>();
    Object copy = read(value, "", found, true);
    if (!found.isEmpty()) {
      throw new IllegalArgumentException(found.get(0).toString());
    }
    return copy;
  }

  /**
   * A canonical copy of {@code value}, or null after adding to {@code found} what keeps it from
   * being a JSON value.
   */
  static Object read(Object value, String path, List<Violation> found, boolean mutable) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number number) {
      Number canonical = number(number);
      if (canonical == null) {
        found.add(new Violation(path, "must be a finite number"));
      }
      return canonical;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          found.add(new Violation(path, "has a key that is not text: " + entry.getKey()));
          continue;
        }
        copy.put(key, read(entry.getValue(), SettingsPath.key(path, key), found, mutable));
      }
      return mutable ? copy : Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(read(list.get(i), SettingsPath.index(path, i), found, mutable));
      }
      return mutable ? copy : Collections.unmodifiableList(copy);
    }
    found.add(
        new Violation(path, "must be a JSON value, not a " + value.getClass().getSimpleName()));
    return null;
  }

  /** The canonical form of a number, or null for infinities and NaN. */
  static Number number(Number number) {
    BigDecimal decimal = decimal(number);
    if (decimal == null) {
      return null;
    }
    BigDecimal stripped = decimal.stripTrailingZeros();
    if (stripped.scale() > 0) {
      return stripped;
    }
    BigInteger whole = stripped.toBigInteger();
    if (whole.bitLength() < 32) {
      return whole.intValue();
    }
    if (whole.bitLength() < 64) {
      return whole.longValue();
    }
    return new BigDecimal(whole);
  }

  /** The exact value of a number, or null for infinities and NaN. */
  static BigDecimal decimal(Number number) {
    if (number instanceof BigDecimal d) {
      return d;
    }
    if (number instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte) {
      return BigDecimal.valueOf(number.longValue());
    }
    double d = number.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    // The shortest decimal that reads back as the same double: what the author wrote, not 0.1's
    // binary approximation.
    return new BigDecimal(number.toString());
  }

  /** Whether two canonical JSON values are equal, numbers by value. */
  static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      BigDecimal dx = decimal(x);
      BigDecimal dy = decimal(y);
      return dx != null && dy != null ? dx.compareTo(dy) == 0 : x.equals(y);
    }
    return a == null ? b == null : a.equals(b);
  }
}
