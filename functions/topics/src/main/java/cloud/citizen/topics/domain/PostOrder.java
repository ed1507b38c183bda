package cloud.citizen.topics.domain;

/** The two orders of a topic's posts: newest first, or hottest first (see {@link HotScore}). */
public enum PostOrder {
    NEW, HOT
}
