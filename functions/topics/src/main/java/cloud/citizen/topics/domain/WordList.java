package cloud.citizen.topics.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The admin-managed sensitive words. {@code banned} words refuse a text, {@code review} words hold it
 * for a moderator; {@code allowed} words are innocent phrases that contain a listed word (平台独立
 * contains 台独) and exempt the matches they cover.
 */
public record WordList(List<String> banned, List<String> review, List<String> allowed, Optional<Instant> updatedAt) {
    public static final WordList EMPTY = new WordList(List.of(), List.of(), List.of(), Optional.empty());
    public static final int MAX_WORDS = 5_000;
    public static final int MAX_WORD_LENGTH = 50;

    public WordList {
        banned = List.copyOf(banned);
        review = List.copyOf(review);
        allowed = List.copyOf(allowed);
    }
}
