package cloud.citizen.notifications.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.notifications.domain.SmsGateway;

/**
 * Local stand-in for an SMS provider (SMS_GATEWAY=file): appends each message as one JSON line
 * {@code {"phone","text","sentAt"}} to SMS_DELIVERY_LOG, where tests and the local platform's
 * /_local/sms read it. Never deployed: the template only allows sns in production.
 */
public class FileSmsGateway implements SmsGateway {
    private final Path log;
    private final ObjectMapper json;

    public FileSmsGateway(Path log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    @Override
    public synchronized void send(String phone, String text) {
        try {
            String line = json.writeValueAsString(Map.of("phone", phone, "text", text, "sentAt", Instant.now().toString()));
            if (log.getParent() != null) {
                Files.createDirectories(log.getParent());
            }
            Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
