package cloud.citizen.topics.service;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.topics.domain.WordList;

/** Admins read and replace the sensitive-word list. */
public final class ManageWords {
    private final WordListStore store;
    private final ContentFilter filter;

    public ManageWords(WordListStore store, ContentFilter filter) {
        this.store = store;
        this.filter = filter;
    }

    public WordList current() {
        return store.load();
    }

    public WordList replace(Caller admin, WordList words) {
        store.save(words, admin.userId());
        filter.replace(words);
        return store.load();
    }
}
