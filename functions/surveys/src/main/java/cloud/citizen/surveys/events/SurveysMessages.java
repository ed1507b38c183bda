package cloud.citizen.surveys.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * The messages of this capability's own queue ({@code SurveysExportQueue}):
 * <pre>
 *   {"type":"survey-export","eventId":"…","exportId":"x-…","surveyId":"s-…"}
 * </pre>
 * (Its usage events to stats are the platform's {@code ServiceUse}.)
 */
public final class SurveysMessages {
    public static final String EXPORT_REQUESTED = "survey-export";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An export request as the worker reads it. */
    public record ExportRequested(String eventId, String exportId, String surveyId) {
    }

    private SurveysMessages() {
    }

    public static OutboxEvent exportRequested(String exportId, String surveyId, String queueUrl) {
        String eventId = OutboxEvent.newEventId();
        String body = JSON.createObjectNode().put("type", EXPORT_REQUESTED).put("eventId", eventId)
                .put("exportId", exportId).put("surveyId", surveyId).toString();
        return new OutboxEvent(eventId, EXPORT_REQUESTED, queueUrl, body);
    }

    /** @throws IllegalArgumentException for anything but an export request (a poison message) */
    public static ExportRequested readExportRequested(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !EXPORT_REQUESTED.equals(node.path("type").asText())
                    || !node.path("exportId").isTextual()) {
                throw new IllegalArgumentException("not an export request");
            }
            return new ExportRequested(node.path("eventId").asText(), node.get("exportId").asText(),
                    node.path("surveyId").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("export request is not JSON", e);
        }
    }
}
