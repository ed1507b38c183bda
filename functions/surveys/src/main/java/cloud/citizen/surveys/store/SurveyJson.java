package cloud.citizen.surveys.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cloud.citizen.surveys.domain.AcceptedAnswers;
import cloud.citizen.surveys.domain.Answer;
import cloud.citizen.surveys.domain.Question;
import cloud.citizen.surveys.domain.QuestionType;
import cloud.citizen.surveys.domain.ShowIf;

/** The JSON kept in string attributes: a definition's questions and a response's answers. */
final class SurveyJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SurveyJson() {
    }

    static String questions(List<Question> questions) {
        ArrayNode array = JSON.createArrayNode();
        for (Question q : questions) {
            ObjectNode node = array.addObject().put("questionId", q.questionId()).put("type", q.type().wireName())
                    .put("title", q.title()).put("required", q.required());
            q.options().forEach(node.putArray("options")::add);
            putIfSet(node, "minChoices", q.minChoices());
            putIfSet(node, "maxChoices", q.maxChoices());
            putIfSet(node, "maxLength", q.maxLength());
            if (q.min() != null) {
                node.put("min", q.min());
            }
            if (q.max() != null) {
                node.put("max", q.max());
            }
            q.condition().ifPresent(showIf -> {
                ObjectNode condition = node.putObject("showIf").put("questionId", showIf.questionId());
                showIf.anyOf().forEach(condition.putArray("anyOf")::add);
            });
        }
        return array.toString();
    }

    static List<Question> questions(String json) {
        List<Question> questions = new ArrayList<>();
        for (JsonNode node : read(json)) {
            JsonNode showIf = node.get("showIf");
            questions.add(new Question(node.get("questionId").asText(),
                    QuestionType.fromWire(node.get("type").asText()).orElseThrow(), node.get("title").asText(),
                    node.get("required").asBoolean(), texts(node.get("options")), integer(node, "minChoices"),
                    integer(node, "maxChoices"), integer(node, "maxLength"), decimal(node, "min"), decimal(node, "max"),
                    showIf == null ? null : new ShowIf(showIf.get("questionId").asText(), texts(showIf.get("anyOf")))));
        }
        return questions;
    }

    static String answers(AcceptedAnswers answers) {
        ObjectNode object = JSON.createObjectNode();
        answers.byQuestion().forEach((questionId, answer) -> {
            if (answer instanceof Answer.Text text) {
                object.put(questionId, text.value());
            } else if (answer instanceof Answer.Choices choices) {
                choices.values().forEach(object.putArray(questionId)::add);
            } else if (answer instanceof Answer.Numeric number) {
                object.put(questionId, number.value());
            }
        });
        return object.toString();
    }

    static AcceptedAnswers answers(String json) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = read(json).fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            answers.put(field.getKey(), value.isArray() ? new Answer.Choices(texts(value))
                    : value.isNumber() ? new Answer.Numeric(value.decimalValue()) : new Answer.Text(value.asText()));
        }
        return new AcceptedAnswers(answers);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored survey JSON is not readable", e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> texts.add(value.asText()));
        }
        return texts;
    }

    private static void putIfSet(ObjectNode node, String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static Integer integer(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asInt() : null;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.has(field) ? node.get(field).decimalValue() : null;
    }
}
