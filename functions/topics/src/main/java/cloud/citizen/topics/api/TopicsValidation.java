package cloud.citizen.topics.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cloud.citizen.platform.problem.ProblemException;
import cloud.citizen.platform.validation.Validation;
import cloud.citizen.topics.api.TopicsRequests.CommentRequest;
import cloud.citizen.topics.api.TopicsRequests.ModerationRequest;
import cloud.citizen.topics.api.TopicsRequests.PostRequest;
import cloud.citizen.topics.api.TopicsRequests.ReportRequest;
import cloud.citizen.topics.api.TopicsRequests.TopicRequest;
import cloud.citizen.topics.api.TopicsRequests.TopicStatusRequest;
import cloud.citizen.topics.api.TopicsRequests.UploadRequest;
import cloud.citizen.topics.api.TopicsRequests.WordsRequest;
import cloud.citizen.topics.domain.PostNotFoundException;
import cloud.citizen.topics.domain.PostOrder;
import cloud.citizen.topics.domain.TextNormalizer;
import cloud.citizen.topics.domain.TopicNotFoundException;
import cloud.citizen.topics.domain.WordList;

/** Shapes and bounds of every request (API.md, topics); anything outside them is a 400 naming the field. */
final class TopicsValidation {
    static final int MAX_POST_TEXT = 2_000;
    static final int MAX_IMAGES = 9;
    static final int MAX_COMMENT_TEXT = 500;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern COMMUNITY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private TopicsValidation() {
    }

    /** Ids are UUIDs we issued; anything else cannot name a topic, so it is simply not found. */
    static String topicId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new TopicNotFoundException();
        }
        return id;
    }

    static String postId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new PostNotFoundException();
        }
        return id;
    }

    static PostOrder order(String sort) {
        if (sort == null || sort.equals("new")) {
            return PostOrder.NEW;
        }
        if (sort.equals("hot")) {
            return PostOrder.HOT;
        }
        throw ProblemException.invalid("sort", "must be new or hot");
    }

    static TopicRequest topic(TopicRequest body) {
        Validation.requireBody(body);
        new Validation().required("title", body.title()).length("title", body.title(), 1, 100)
                .length("description", body.description(), 0, 2_000)
                .check("communityId", body.communityId(), id -> COMMUNITY.matcher(id).matches(),
                        "must be 1 to 64 letters, digits, - or _")
                .throwIfInvalid();
        return body;
    }

    static Optional<String> community(TopicRequest body) {
        return Optional.ofNullable(body.communityId());
    }

    static TopicStatusRequest status(TopicStatusRequest body) {
        Validation.requireBody(body);
        new Validation().required("status", body.status()).throwIfInvalid();
        return body;
    }

    static PostRequest post(PostRequest body) {
        Validation.requireBody(body);
        Validation check = new Validation().required("text", body.text())
                .length("text", body.text(), 1, MAX_POST_TEXT)
                .check("imageKeys", body.imageKeys(), keys -> keys.size() <= MAX_IMAGES,
                        "may hold at most " + MAX_IMAGES + " images")
                .check("imageKeys", body.imageKeys(), keys -> new HashSet<>(keys).size() == keys.size(),
                        "must not repeat a key");
        List<String> keys = imageKeys(body);
        for (int i = 0; i < keys.size(); i++) {
            check.required("imageKeys[" + i + "]", keys.get(i)).length("imageKeys[" + i + "]", keys.get(i), 1, 200);
        }
        check.throwIfInvalid();
        return body;
    }

    static List<String> imageKeys(PostRequest body) {
        return body.imageKeys() == null ? List.of() : body.imageKeys();
    }

    static String comment(CommentRequest body) {
        Validation.requireBody(body);
        new Validation().required("text", body.text()).length("text", body.text(), 1, MAX_COMMENT_TEXT)
                .throwIfInvalid();
        return body.text();
    }

    static String reason(ReportRequest body) {
        Validation.requireBody(body);
        new Validation().required("reason", body.reason()).length("reason", body.reason(), 1, 500).throwIfInvalid();
        return body.reason();
    }

    static ModerationRequest moderation(ModerationRequest body) {
        Validation.requireBody(body);
        new Validation().required("action", body.action()).length("note", body.note(), 0, 500).throwIfInvalid();
        return body;
    }

    static UploadRequest upload(UploadRequest body) {
        Validation.requireBody(body);
        new Validation().required("contentType", body.contentType()).required("sizeBytes", body.sizeBytes())
                .check("sizeBytes", body.sizeBytes(), size -> size > 0, "must be a positive number of bytes")
                .throwIfInvalid();
        return body;
    }

    static WordList words(WordsRequest body) {
        Validation.requireBody(body);
        Validation check = new Validation();
        if (body.banned() == null) {
            check.fail("banned", "is required (an empty array clears it)");
        }
        if (body.review() == null) {
            check.fail("review", "is required (an empty array clears it)");
        }
        Map<String, String> listOf = new HashMap<>();
        int total = 0;
        for (Map.Entry<String, List<String>> list : Map.of("banned", orEmpty(body.banned()), "review",
                orEmpty(body.review()), "allowed", orEmpty(body.allowed())).entrySet()) {
            total += list.getValue().size();
            wordsOf(check, list.getKey(), list.getValue(), listOf);
        }
        check.check("banned", total, count -> count <= WordList.MAX_WORDS,
                "the lists may hold at most " + WordList.MAX_WORDS + " words together");
        check.throwIfInvalid();
        return new WordList(body.banned(), body.review(), orEmpty(body.allowed()), Optional.empty());
    }

    private static void wordsOf(Validation check, String name, List<String> words, Map<String, String> listOf) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String field = name + "[" + i + "]";
            String word = words.get(i);
            check.required(field, word).length(field, word, 1, WordList.MAX_WORD_LENGTH);
            if (word == null || word.isBlank()) {
                continue;
            }
            String normalized = TextNormalizer.normalize(word);
            String other = listOf.putIfAbsent(normalized, name);
            if (normalized.isEmpty()) {
                check.fail(field, "must contain a letter or digit");
            } else if (other != null && !other.equals(name)) {
                check.fail(field, "is also in " + other);
            } else if (!seen.add(normalized)) {
                check.fail(field, "is listed twice");
            }
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
