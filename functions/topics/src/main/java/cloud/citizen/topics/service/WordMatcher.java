package cloud.citizen.topics.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

import cloud.citizen.topics.domain.FilterVerdict;
import cloud.citizen.topics.domain.TextNormalizer;
import cloud.citizen.topics.domain.WordList;

/**
 * One Aho–Corasick automaton over every listed word (normalised), so a text is checked in a single
 * pass whatever the list's size. Overlapping matches are kept: an allowed phrase exempts exactly the
 * listed matches that lie inside it, and nothing else in the text.
 */
public final class WordMatcher {
    private enum Kind { BANNED, REVIEW, ALLOWED }

    private final Trie trie;
    private final Map<String, Kind> kinds = new HashMap<>();

    public WordMatcher(WordList words) {
        // allowed first, so that a word listed twice ends up with its strictest kind
        add(words.allowed(), Kind.ALLOWED);
        add(words.review(), Kind.REVIEW);
        add(words.banned(), Kind.BANNED);
        this.trie = Trie.builder().addKeywords(kinds.keySet()).build();
    }

    private void add(List<String> list, Kind kind) {
        for (String word : list) {
            String normalized = TextNormalizer.normalize(word);
            if (!normalized.isEmpty()) {
                kinds.put(normalized, kind);
            }
        }
    }

    public FilterVerdict verdict(String text) {
        if (kinds.isEmpty()) {
            return FilterVerdict.CLEAN;
        }
        Collection<Emit> emits = trie.parseText(TextNormalizer.normalize(text));
        List<Emit> exemptions = new ArrayList<>();
        for (Emit emit : emits) {
            if (kinds.get(emit.getKeyword()) == Kind.ALLOWED) {
                exemptions.add(emit);
            }
        }
        FilterVerdict verdict = FilterVerdict.CLEAN;
        for (Emit emit : emits) {
            Kind kind = kinds.get(emit.getKeyword());
            if (kind == Kind.ALLOWED || exempted(emit, exemptions)) {
                continue;
            }
            if (kind == Kind.BANNED) {
                return FilterVerdict.BANNED;
            }
            verdict = FilterVerdict.REVIEW;
        }
        return verdict;
    }

    private static boolean exempted(Emit match, List<Emit> exemptions) {
        return exemptions.stream().anyMatch(allowed -> allowed.getStart() <= match.getStart()
                && match.getEnd() <= allowed.getEnd());
    }
}
