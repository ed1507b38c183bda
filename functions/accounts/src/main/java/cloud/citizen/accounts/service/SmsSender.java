package cloud.citizen.accounts.service;

/** Port: hands an SMS to the notifications function, which delivers it. */
public interface SmsSender {
    void send(String phone, String text);
}
