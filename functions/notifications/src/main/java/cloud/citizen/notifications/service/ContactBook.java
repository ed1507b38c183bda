package cloud.citizen.notifications.service;

import java.util.Optional;

/** Port: the phone number of each user, as the accounts function reports it. */
public interface ContactBook {
    void save(String userId, String phone);

    Optional<String> phoneOf(String userId);
}
