package cloud.citizen.topics.service;

import java.util.Optional;

import cloud.citizen.topics.domain.Upload;

/** The record of each upload a citizen asked for, so a post can only use its author's own images. */
public interface Uploads {

    void record(Upload upload);

    Optional<Upload> find(String key);
}
