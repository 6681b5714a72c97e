package org.khaldun.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khaldun.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's one error shape, {@code {"error": "...", "parameter": "..."}}, for every error the
 * server gives: bad parameters (400, naming the parameter), unknown ids and paths (404), methods
 * other than GET and HEAD (405, with Allow), an unavailable store (503) and anything unexpected
 * (500, details only in the log). Errors Jetty answers before the request reaches here (414, 431, a
 * malformed request) take the same shape in {@link JsonErrorHandler}.
 */
final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ANSWERED = "khaldun.error-answered";

  /** The server only reads: every resource, API or UI file, allows these. */
  static final String ALLOW = "GET, HEAD";

  private ApiErrors() {}

  /** An id that names nothing. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }

  private static final class MethodNotAllowed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MethodNotAllowed(String method) {
      super("method " + method + " not allowed: the server only reads (" + ALLOW + ")");
    }
  }

  static void install(Javalin app) {
    app.before(
        ctx -> {
          if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            throw new MethodNotAllowed(ctx.req().getMethod());
          }
        });
    app.exception(
        IllegalArgumentException.class,
        (e, ctx) -> answer(ctx, 400, e.getMessage(), parameterOf(e.getMessage())));
    app.exception(NotFound.class, (e, ctx) -> answer(ctx, 404, e.getMessage(), null));
    app.exception(
        MethodNotAllowed.class,
        (e, ctx) -> {
          ctx.header("Allow", ALLOW);
          answer(ctx, 405, e.getMessage(), null);
        });
    app.exception(
        StoreException.class,
        (e, ctx) -> {
          LOG.warn("store error on {}: {}", ctx.path(), e.getMessage());
          answer(ctx, 503, "the event store is not available: " + e.getMessage(), null);
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("internal error on " + ctx.path(), e);
          answer(ctx, 500, "internal error; see the server log", null);
        });
    app.error(
        404,
        ctx -> {
          if (ctx.attribute(ANSWERED) == null) {
            String what = ctx.path().startsWith("/api/") ? "endpoint" : "page or file";
            answer(ctx, 404, "no such " + what + " " + ctx.path(), null);
          }
        });
  }

  /** The error body; {@code parameter} may be null. */
  static String json(String message, String parameter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of two strings is always JSON", e);
    }
  }

  private static void answer(Context ctx, int status, String message, String parameter) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(status).contentType("application/json").result(json(message, parameter));
  }

  /** Messages of parameter errors start with the parameter's name: "from: not a date". */
  private static String parameterOf(String message) {
    if (message == null) {
      return null;
    }
    int colon = message.indexOf(':');
    return colon > 0 && message.substring(0, colon).matches("[a-z_]+")
        ? message.substring(0, colon)
        : null;
  }
}
