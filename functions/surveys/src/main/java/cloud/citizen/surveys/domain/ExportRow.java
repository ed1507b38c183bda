package cloud.citizen.surveys.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV row of an export: responseId, submittedAt, then one cell per question in definition
 * order (empty when not answered; multiple choices joined with ';' in option order). Every cell
 * that a spreadsheet would run as a formula (starting with = + - @) is prefixed with an apostrophe.
 */
public final class ExportRow {
    /** The city's time with its offset, as everywhere in the API. */
    private static final DateTimeFormatter CITY_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(ZoneId.of("Asia/Shanghai"));

    private ExportRow() {
    }

    public static List<String> header(Survey survey) {
        List<String> header = new ArrayList<>(List.of("responseId", "submittedAt"));
        survey.questions().forEach(question -> header.add(neutralised(question.questionId())));
        return header;
    }

    public static List<String> of(Survey survey, String responseId, Instant submittedAt, AcceptedAnswers answers) {
        List<String> row = new ArrayList<>(List.of(neutralised(responseId), CITY_TIME.format(submittedAt)));
        for (Question question : survey.questions()) {
            Answer answer = answers.byQuestion().get(question.questionId());
            row.add(answer == null ? "" : neutralised(cell(answer)));
        }
        return row;
    }

    private static String cell(Answer answer) {
        if (answer instanceof Answer.Text text) {
            return text.value();
        }
        if (answer instanceof Answer.Choices choices) {
            return String.join(";", choices.values());
        }
        if (answer instanceof Answer.Numeric number) {
            return number.value().toPlainString();
        }
        return "";
    }

    /** OWASP's CSV-injection advice: a leading apostrophe makes spreadsheet programs show the text as is. */
    public static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
