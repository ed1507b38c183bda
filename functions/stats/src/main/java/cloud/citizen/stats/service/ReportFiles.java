package cloud.citizen.stats.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import cloud.citizen.stats.domain.DayFigures;

/**
 * The two files of a daily report. Fields in a fixed order, services sorted by id, no write time:
 * the same figures always give the same bytes. JSON with jackson-core's generator: the daily report
 * worker runs without jackson-databind (functions/stats/pom.xml).
 */
final class ReportFiles {
    private static final JsonFactory JSON = new JsonFactory();

    private ReportFiles() {
    }

    /** The figures in the order both files list them. */
    static Map<String, Long> metrics(DayFigures day) {
        Map<String, Long> metrics = new LinkedHashMap<>();
        metrics.put("newUsers", day.newUsers());
        metrics.put("activeUsers", day.activeUsers());
        metrics.put("realNameVerifications", day.realNameVerifications());
        metrics.put("logins", day.logins());
        metrics.put("payments", day.payments());
        metrics.put("appointments", day.appointments());
        metrics.put("ballots", day.ballots());
        metrics.put("posts", day.posts());
        metrics.put("surveyResponses", day.surveyResponses());
        metrics.put("serviceUses", day.serviceUses());
        metrics.put("amountPaidFen", day.amountPaidFen());
        return metrics;
    }

    static byte[] json(DayFigures day) {
        StringWriter out = new StringWriter();
        try (JsonGenerator report = JSON.createGenerator(out)) {
            report.setPrettyPrinter(new DefaultPrettyPrinter());
            report.writeStartObject();
            report.writeStringField("date", day.date().toString());
            for (Map.Entry<String, Long> metric : metrics(day).entrySet()) {
                report.writeNumberField(metric.getKey(), metric.getValue());
            }
            report.writeObjectFieldStart("usesByService");
            for (Map.Entry<String, Long> service : day.usesByService().entrySet()) {
                report.writeNumberField(service.getKey(), service.getValue());
            }
            report.writeEndObject();
            report.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One figure a line ({@code date,metric,value}); service uses as {@code service:<id>}. Ids are [a-z.] names. */
    static byte[] csv(DayFigures day) {
        StringBuilder csv = new StringBuilder("date,metric,value\r\n");
        metrics(day).forEach((metric, value) -> line(csv, day, metric, value));
        day.usesByService().forEach((service, uses) -> line(csv, day, "service:" + service, uses));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, DayFigures day, String metric, long value) {
        csv.append(day.date()).append(',').append(quoted(metric)).append(',').append(value).append("\r\n");
    }

    /** RFC 4180 quoting for a service id that might hold a comma or quote; a leading formula sign is defused. */
    private static String quoted(String cell) {
        String safe = cell.matches("^[=+\\-@].*") ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
