package io.salesplatform.plugin.testkit;

import io.salesplatform.plugin.api.Nullable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the nulls in a result where the API promises a value: every record component that is not
 * marked {@link Nullable}, every element of a list and every key and value of a map, however deep.
 */
public final class MissingValues {

  private MissingValues() {}

  /** The paths of the missing values in {@code result}, such as {@code lines[0].unitPrice}. */
  public static List<String> in(Object result) {
    List<String> missing = new ArrayList<>();
    walk(result, "result", missing);
    return missing;
  }

  private static void walk(Object value, String path, List<String> missing) {
    if (value == null) {
      missing.add(path);
      return;
    }
    if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object part = read(component, record);
        String partPath = path + "." + component.getName();
        if (part == null) {
          if (!component.isAnnotationPresent(Nullable.class)) {
            missing.add(partPath);
          }
        } else {
          walk(part, partPath, missing);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", missing);
      }
    } else if (value instanceof Collection<?> collection) {
      for (Object item : collection) {
        walk(item, path + "[]", missing);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        walk(entry.getKey(), path + "{key}", missing);
        walk(entry.getValue(), path + "[" + entry.getKey() + "]", missing);
      }
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(inner -> walk(inner, path, missing));
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
