package org.khaldun.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own errors in the API's shape. Jetty refuses some requests before they reach the API, a
 * request line too long (414), headers too large (431) or a request it cannot parse (400), and
 * would answer them with an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final String JSON = "application/json"; // UTF-8 by definition (RFC 8259)

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.apply(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    return ByteBuffer.wrap(ApiErrors.json(message(status), null).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    SecurityHeaders.apply(response::setHeader);
    response.setContentType(JSON);
    response
        .getOutputStream()
        .write(ApiErrors.json(message(code), null).getBytes(StandardCharsets.UTF_8));
    baseRequest.setHandled(true);
  }

  /** Jetty's reasons can echo parts of the request; the status's own words are enough. */
  private static String message(int status) {
    String words = HttpStatus.getMessage(status);
    return words == null ? "bad request" : words.toLowerCase(java.util.Locale.ROOT);
  }
}
