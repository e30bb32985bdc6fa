package io.salesplatform.platform.survey;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the answer page at {@code /survey/{token}}, the address in the link a customer gets. The
 * page is the same for every token; its script reads the token from the address and talks to the
 * public survey API.
 */
@WebServlet("/survey/*")
public class SurveyPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    // the token is a credential: it must not leak to other sites through the Referer header
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    request.getRequestDispatcher("/console/survey.html").forward(request, response);
  }
}
