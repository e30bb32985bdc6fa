package io.salesplatform.platform.survey;

import io.salesplatform.plugin.api.Questionnaire;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of questionnaires and ratings, written by hand so that what is kept does not
 * depend on how a JSON binder treats the plugin API's records.
 */
final class QuestionnaireJson {

  private QuestionnaireJson() {}

  static String write(Questionnaire questionnaire) {
    JsonArrayBuilder questions = Json.createArrayBuilder();
    for (Questionnaire.Question q : questionnaire.questions()) {
      JsonObjectBuilder question =
          Json.createObjectBuilder()
              .add("id", q.id())
              .add("text", q.text())
              .add("min", q.min())
              .add("max", q.max())
              .add("required", q.required())
              .add("weight", q.weight());
      if (q.minLabel() != null) {
        question.add("minLabel", q.minLabel());
      }
      if (q.maxLabel() != null) {
        question.add("maxLabel", q.maxLabel());
      }
      questions.add(question);
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("locale", questionnaire.locale())
            .add("questions", questions);
    if (questionnaire.commentPrompt() != null) {
      json.add("commentPrompt", questionnaire.commentPrompt());
    }
    return json.build().toString();
  }

  static Questionnaire read(String stored) {
    JsonObject json = object(stored);
    List<Questionnaire.Question> questions = new ArrayList<>();
    for (JsonValue value : json.getJsonArray("questions")) {
      JsonObject q = value.asJsonObject();
      questions.add(
          new Questionnaire.Question(
              q.getString("id"),
              q.getString("text"),
              q.getInt("min"),
              q.getInt("max"),
              q.getString("minLabel", null),
              q.getString("maxLabel", null),
              q.getBoolean("required"),
              q.getJsonNumber("weight").bigDecimalValue()));
    }
    return new Questionnaire(
        json.getString("locale"), questions, json.getString("commentPrompt", null));
  }

  static String writeRatings(Map<String, Integer> ratings) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    ratings.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> json.add(e.getKey(), e.getValue()));
    return json.build().toString();
  }

  static Map<String, Integer> readRatings(String stored) {
    Map<String, Integer> ratings = new HashMap<>();
    if (stored != null) {
      object(stored).forEach((k, v) -> ratings.put(k, ((jakarta.json.JsonNumber) v).intValue()));
    }
    return ratings;
  }

  private static JsonObject object(String stored) {
    try (JsonReader reader = Json.createReader(new StringReader(stored))) {
      return reader.readObject();
    }
  }
}
