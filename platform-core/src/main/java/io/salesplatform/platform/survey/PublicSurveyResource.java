package io.salesplatform.platform.survey;

import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The survey link's side of the API, answered without a login: the token in the path is the only
 * credential, so it names the tenant and the survey and is checked before anything is read. The
 * token travels in the path because the link is what the customer gets; no header is needed.
 */
@Path("/public/surveys/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicSurveyResource {

  /** The largest body of answers read; a bigger one is refused unread (413). */
  static final int MAX_BODY_BYTES = 16 * 1024;

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject SurveyAnswering answering;

  @GET
  @Public
  @Operation(
      summary = "The questions of the survey a link names",
      description =
          "With the company's name and nothing else. A token this platform did not sign, or one"
              + " for no survey, is 404; an expired link or an answered survey 410.")
  public SurveyViews.PublicSurvey read(@PathParam("token") String token) {
    return answering.read(token, answering.enter(token));
  }

  @POST
  @Public
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Answer the survey a link names, once",
      description =
          "Body {ratings: {questionId: number}, comment}, at most 16 KiB. Answers that do not fit"
              + " the questions are 400 naming the field and keep nothing; the survey plugin"
              + " scores the answers and they are kept with the score. A second answer is 410.")
  public SurveyViews.Thanks answer(@PathParam("token") String token, InputStream body) {
    SurveyTokens.Claims claims = answering.enter(token);
    SurveyAnswering.Answers answers = parse(body);
    return answering.answer(token, claims, answers);
  }

  private static SurveyAnswering.Answers parse(InputStream body) {
    byte[] bytes;
    try {
      bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw Problems.badRequest("body", "could not be read");
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ProblemException(
          Problem.of(
              Response.Status.REQUEST_ENTITY_TOO_LARGE,
              "body-too-large",
              "Body too large",
              "The answers are at most " + MAX_BODY_BYTES + " bytes."));
    }
    if (bytes.length == 0) {
      throw Problems.badRequest("body", "a body with ratings is required");
    }
    try {
      SurveyAnswering.Answers answers =
          JSON.fromJson(new String(bytes, StandardCharsets.UTF_8), SurveyAnswering.Answers.class);
      if (answers == null) {
        throw Problems.badRequest("body", "a body with ratings is required");
      }
      return answers;
    } catch (JsonbException e) {
      throw Problems.badRequest(
          "ratings", "not JSON of the form {\"ratings\": {\"question\": 9}, \"comment\": \"...\"}");
    }
  }
}
