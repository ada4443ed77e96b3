package io.sluice.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves the REST API under {@code /api/v1/streaming/} — and under Spark's own prefix
 * {@code /api/v1/applications/<appId>/streaming/}, so tools written for Spark work:
 * <pre>
 * statistics                          receivers              receivers/{streamId}
 * batches[?status=COMPLETED|QUEUED|PROCESSING][&amp;limit=n]    batches/{batchId}
 * batches/{batchId}/operations        batches/{batchId}/operations/{outputOpId}
 * state   (Sluice's: state sizes and checkpoint age)
 * </pre>
 * An unknown batch, receiver or path is a 404 with a one-line message, a malformed number a 400.
 */
final class ApiHandler implements HttpHandler {

    private static final Pattern PATH = Pattern.compile(
            "/api/v1/(?:applications/[^/]+/)?streaming/(?<rest>[^?]*?)/?");
    private static final Pattern BATCH = Pattern.compile("batches/(?<id>[^/]+)(?<ops>/operations(?:/(?<op>[^/]+))?)?");
    private static final Pattern RECEIVER = Pattern.compile("receivers/(?<id>[^/]+)");

    private final StreamingApi api;
    private final ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT);

    ApiHandler(StreamingApi api) {
        this.api = api;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                Http.text(exchange, 404, "no such endpoint: " + exchange.getRequestURI().getPath());
                return;
            }
            Optional<Object> answer = route(path.group("rest"), Http.query(exchange));
            if (answer.isPresent()) {
                Http.send(exchange, 200, "application/json", json.writeValueAsBytes(answer.get()));
            } else {
                Http.text(exchange, 404, "no such endpoint: " + exchange.getRequestURI().getPath());
            }
        } catch (NotFound e) {
            Http.text(exchange, 404, e.getMessage());
        } catch (IllegalArgumentException e) {
            Http.text(exchange, 400, e.getMessage());
        }
    }

    private Optional<Object> route(String rest, Map<String, String> query) {
        switch (rest) {
            case "statistics":
                return Optional.of(api.statistics());
            case "receivers":
                return Optional.of(api.receivers());
            case "batches":
                return Optional.of(api.batches(query.get("status"), number(query.getOrDefault("limit", "0"), "limit")
                        .intValue()));
            case "state":
                return Optional.of(api.state());
            default:
                break;
        }
        Matcher receiver = RECEIVER.matcher(rest);
        if (receiver.matches()) {
            long id = number(receiver.group("id"), "stream id");
            return Optional.of(api.receivers().stream().filter(r -> r.streamId() == id).findFirst()
                    .orElseThrow(() -> new NotFound("unknown receiver: " + id)));
        }
        Matcher batch = BATCH.matcher(rest);
        if (!batch.matches()) {
            return Optional.empty();
        }
        long id = number(batch.group("id"), "batch id");
        if (batch.group("ops") == null) {
            return Optional.of(api.batch(id).orElseThrow(() -> new NotFound("unknown batch: " + id)));
        }
        List<RestModel.OutputOperation> ops = api.operations(id)
                .orElseThrow(() -> new NotFound("unknown batch: " + id));
        if (batch.group("op") == null) {
            return Optional.of(ops);
        }
        long op = number(batch.group("op"), "output operation id");
        return Optional.of(ops.stream().filter(o -> o.outputOpId() == op).findFirst()
                .orElseThrow(() -> new NotFound("unknown output operation: " + op)));
    }

    private static Long number(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " must be a number, got '" + text + "'", e);
        }
    }

    /** A resource that does not exist: answered with 404. */
    private static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }
}
