package cloud.citizen.notifications.service;

/** Port: whatever actually sends a text message to a phone. */
public interface SmsGateway {
    void send(String phone, String text);
}
