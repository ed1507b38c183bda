package cloud.citizen.notifications.store;

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

import cloud.citizen.notifications.service.SmsGateway;

/**
 * Local stand-in for an SMS provider (SMS_GATEWAY=file): appends each message as one JSON line
 * {@code {"phone","text","sentAt"}} to SMS_DELIVERY_LOG, where tests and the local platform's
 * /_local/sms read it. Never deployed: the template only allows sns in production.
 */
public class FileSmsGateway implements SmsGateway {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path log;

    public FileSmsGateway(Path log) {
        this.log = log;
    }

    @Override
    public synchronized void send(String phone, String text) {
        try {
            String line = JSON.writeValueAsString(Map.of("phone", phone, "text", text, "sentAt", Instant.now().toString()));
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
