package io.salesplatform.tenant.config.settings;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps the settings records to the tree form and back, by their components. Deriving the tree from
 * the records, rather than writing it out per field, means a component added to a record is read,
 * written, diffed and checked against the schema without anyone remembering to: the tree cannot
 * silently disagree with the model.
 *
 * <p>Record components are object keys under their own names; {@code int} and {@link BigDecimal}
 * are numbers; {@link Currency}, {@link ZoneId} and {@link Locale} are their codes; enums are their
 * {@link WireId#id() ids}; maps are objects; a plugin's {@code Object} configuration is any JSON
 * value.
 */
final class TreeMapping {

  private TreeMapping() {}

  static Map<String, Object> write(Record record) {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = componentValue(record, component);
      if (value != null) {
        tree.put(component.getName(), write(value, component.getGenericType()));
      }
    }
    return tree;
  }

  private static Object write(Object value, Type type) {
    if (value instanceof Record record) {
      return write(record);
    }
    if (value instanceof BigDecimal decimal) {
      return JsonValues.number(decimal);
    }
    if (value instanceof Currency currency) {
      return currency.getCurrencyCode();
    }
    if (value instanceof ZoneId zone) {
      return zone.getId();
    }
    if (value instanceof Locale locale) {
      return locale.toLanguageTag();
    }
    if (value instanceof WireId id) {
      return id.id();
    }
    if (value instanceof List<?> list && type instanceof ParameterizedType p) {
      Type element = p.getActualTypeArguments()[0];
      List<Object> tree = new ArrayList<>(list.size());
      list.forEach(item -> tree.add(write(item, element)));
      return tree;
    }
    if (value instanceof Map<?, ?> map
        && type instanceof ParameterizedType p
        && p.getActualTypeArguments()[1] != Object.class) {
      Type element = p.getActualTypeArguments()[1];
      Map<String, Object> tree = new LinkedHashMap<>();
      map.forEach(
          (key, item) ->
              tree.put(
                  key instanceof WireId id ? id.id() : String.valueOf(key), write(item, element)));
      return tree;
    }
    return JsonValues.mutableCopy(value);
  }

  /**
   * The value of {@code type} that {@code tree} describes, or null after adding to {@code found}
   * every violation in it.
   */
  static Object read(Object tree, Type type, String path, List<Violation> found) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return readList(tree, p.getActualTypeArguments()[0], path, found);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      return readMap(
          tree, p.getActualTypeArguments()[0], p.getActualTypeArguments()[1], path, found);
    }
    if (!(type instanceof Class<?> kind)) {
      throw new IllegalStateException("settings have no tree form for " + type);
    }
    if (kind.isRecord()) {
      return readRecord(tree, kind, path, found);
    }
    if (kind == int.class || kind == Integer.class) {
      return readInt(tree, path, found);
    }
    if (kind == boolean.class || kind == Boolean.class) {
      return tree instanceof Boolean ? tree : refuse(found, path, "must be true or false", tree);
    }
    if (kind == String.class) {
      return tree instanceof String ? tree : refuse(found, path, "must be text", tree);
    }
    if (kind == BigDecimal.class) {
      BigDecimal decimal = tree instanceof Number n ? JsonValues.decimal(n) : null;
      return decimal != null ? decimal : refuse(found, path, "must be a number", tree);
    }
    if (kind == Currency.class) {
      return readCurrency(tree, path, found);
    }
    if (kind == ZoneId.class) {
      if (tree instanceof String id && ZoneId.getAvailableZoneIds().contains(id)) {
        return ZoneId.of(id);
      }
      return refuse(found, path, "must be an IANA time zone such as Europe/Berlin", tree);
    }
    if (kind == Locale.class) {
      if (tree instanceof String tag && Locale.forLanguageTag(tag).toLanguageTag().equals(tag)) {
        return Locale.forLanguageTag(tag);
      }
      return refuse(found, path, "must be a language tag such as en or zh-CN", tree);
    }
    if (kind.isEnum() && WireId.class.isAssignableFrom(kind)) {
      for (Object constant : kind.getEnumConstants()) {
        if (((WireId) constant).id().equals(tree)) {
          return constant;
        }
      }
      return refuse(found, path, "must be one of " + ids(kind), tree);
    }
    if (kind == Object.class) {
      return JsonValues.read(tree, path, found, false);
    }
    throw new IllegalStateException("settings have no tree form for " + type);
  }

  private static Object readRecord(Object tree, Class<?> kind, String path, List<Violation> found) {
    if (!(tree instanceof Map<?, ?> map)) {
      return refuse(found, path, "must be an object", tree);
    }
    int before = found.size();
    RecordComponent[] components = kind.getRecordComponents();
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String key = SettingsPath.key(path, component.getName());
      Object value = map.get(component.getName());
      if (value == null) {
        if (!component.isAnnotationPresent(Nullable.class)) {
          found.add(new Violation(key, "is required"));
        }
        continue;
      }
      arguments[i] = read(value, component.getGenericType(), key, found);
    }
    List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
    for (Object key : map.keySet()) {
      if (!names.contains(key)) {
        found.add(
            new Violation(
                SettingsPath.key(path, String.valueOf(key)),
                "is not a setting here; expected " + String.join(", ", names)));
      }
    }
    if (found.size() > before) {
      if (kind == TenantSettings.class) {
        // The root's own rules would wait for every section to be right; check what read well.
        TenantSettings.violationsAcross(
                readWell(arguments, components, "rewardBands", path, found, before),
                readWell(arguments, components, "quotes", path, found, before),
                readWell(arguments, components, "plugins", path, found, before),
                readWell(arguments, components, "locale", path, found, before))
            .forEach(v -> found.add(v.under(path)));
      }
      return null;
    }
    return construct(kind, components, arguments, path, found);
  }

  /** The argument for component {@code name} when it read without violations, otherwise null. */
  @SuppressWarnings("unchecked")
  private static <T> T readWell(
      Object[] arguments,
      RecordComponent[] components,
      String name,
      String path,
      List<Violation> found,
      int from) {
    String componentPath = SettingsPath.key(path, name);
    boolean clean =
        found.subList(from, found.size()).stream()
            .noneMatch(
                v ->
                    v.path().equals(componentPath)
                        || v.path().startsWith(componentPath + ".")
                        || v.path().startsWith(componentPath + "["));
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return clean ? (T) arguments[i] : null;
      }
    }
    throw new IllegalStateException("no component " + name);
  }

  private static Object construct(
      Class<?> kind,
      RecordComponent[] components,
      Object[] arguments,
      String path,
      List<Violation> found) {
    try {
      Constructor<?> constructor =
          kind.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidSettingsException invalid) {
        invalid.violations().forEach(v -> found.add(v.under(path)));
      } else {
        found.add(new Violation(path, String.valueOf(e.getCause().getMessage())));
      }
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + kind.getSimpleName(), e);
    }
  }

  private static Object readList(Object tree, Type element, String path, List<Violation> found) {
    if (!(tree instanceof List<?> list)) {
      return refuse(found, path, "must be a list", tree);
    }
    int before = found.size();
    List<Object> items = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String itemPath = SettingsPath.index(path, i);
      if (list.get(i) == null) {
        found.add(new Violation(itemPath, "is required"));
      } else {
        items.add(read(list.get(i), element, itemPath, found));
      }
    }
    return found.size() > before ? null : items;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object readMap(
      Object tree, Type keyType, Type valueType, String path, List<Violation> found) {
    if (!(tree instanceof Map<?, ?> map)) {
      return refuse(found, path, "must be an object", tree);
    }
    int before = found.size();
    Map<Object, Object> entries =
        keyType instanceof Class<?> k && k.isEnum() ? new EnumMap(k) : new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      String entryPath = SettingsPath.key(path, key);
      Object mappedKey = key;
      if (keyType instanceof Class<?> k && k.isEnum()) {
        mappedKey =
            Arrays.stream(k.getEnumConstants())
                .filter(c -> ((WireId) c).id().equals(key))
                .findFirst()
                .orElse(null);
        if (mappedKey == null) {
          found.add(new Violation(entryPath, "is not one of " + ids(k)));
          continue;
        }
      }
      if (entry.getValue() == null && valueType != Object.class) {
        found.add(new Violation(entryPath, "is required"));
        continue;
      }
      entries.put(mappedKey, read(entry.getValue(), valueType, entryPath, found));
    }
    return found.size() > before ? null : entries;
  }

  private static Object readInt(Object tree, String path, List<Violation> found) {
    BigDecimal decimal = tree instanceof Number n ? JsonValues.decimal(n) : null;
    if (decimal == null) {
      return refuse(found, path, "must be a whole number", tree);
    }
    try {
      return decimal.intValueExact();
    } catch (ArithmeticException e) {
      boolean whole = decimal.stripTrailingZeros().scale() <= 0;
      found.add(
          new Violation(
              path,
              whole
                  ? "is out of range: " + decimal.toPlainString()
                  : "must be a whole number, not " + decimal.toPlainString()));
      return null;
    }
  }

  private static Object readCurrency(Object tree, String path, List<Violation> found) {
    if (tree instanceof String code) {
      try {
        return Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        // Reported below with the rest.
      }
    }
    return refuse(found, path, "must be an ISO 4217 currency code such as EUR or CNY", tree);
  }

  private static Object refuse(List<Violation> found, String path, String rule, Object tree) {
    found.add(new Violation(path, rule + ", not " + describe(tree)));
    return null;
  }

  static String describe(Object value) {
    if (value instanceof String s) {
      return "'" + s + "'";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(value);
  }

  private static String ids(Class<?> kind) {
    return Arrays.stream(kind.getEnumConstants())
        .map(c -> ((WireId) c).id())
        .collect(Collectors.joining(", "));
  }

  static Object componentValue(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
