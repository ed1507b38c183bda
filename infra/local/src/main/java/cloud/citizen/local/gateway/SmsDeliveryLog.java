package cloud.citizen.local.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.local.Json;

/**
 * The file that the notifications function's FileSmsGateway appends to (SMS_GATEWAY=file,
 * SMS_DELIVERY_LOG): one JSON line {@code {"phone","text","sentAt"}} per delivered message.
 */
public final class SmsDeliveryLog {

    /** One delivered text message. */
    public record Sms(String phone, String text, String sentAt) {
    }

    private final Path file;

    public SmsDeliveryLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Messages to {@code phone} (all when empty), newest first. */
    public List<Sms> deliveredTo(Optional<String> phone) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Sms> messages = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode json;
                try {
                    json = Json.parse(line);
                } catch (IllegalArgumentException partialLine) {
                    continue; // a line being written right now
                }
                Sms sms = new Sms(json.path("phone").asText(), json.path("text").asText(), json.path("sentAt").asText());
                if (phone.isEmpty() || phone.get().equals(sms.phone())) {
                    messages.add(sms);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Collections.reverse(messages);
        return messages;
    }
}
