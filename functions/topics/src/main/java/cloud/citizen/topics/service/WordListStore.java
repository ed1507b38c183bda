package cloud.citizen.topics.service;

import cloud.citizen.topics.domain.WordList;

/** Where the admin-managed sensitive words are kept. */
public interface WordListStore {

    WordList load();

    void save(WordList words, String adminId);
}
