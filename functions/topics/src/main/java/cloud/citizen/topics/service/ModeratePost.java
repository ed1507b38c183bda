package cloud.citizen.topics.service;

import java.time.Clock;
import java.util.Optional;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.topics.domain.ModerationAction;
import cloud.citizen.topics.domain.ModerationRecord;
import cloud.citizen.topics.domain.NotModeratorException;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.domain.PostNotFoundException;
import cloud.citizen.topics.domain.StatusChange;

/** Staff hide, restore or adopt a post, with a note; adopting tells the author their suggestion was taken up. */
public final class ModeratePost {
    /** Decisions on one post are rare; a few re-reads cover a moderator racing the report threshold. */
    private static final int ATTEMPTS = 5;

    /** Builds the author's notification for an adopted post; empty when notifications are not wired. */
    public interface AdoptionNotice {
        Optional<OutboxEvent> forAuthorOf(Post post);
    }

    private final PostStore posts;
    private final ModerationLog log;
    private final AdoptionNotice notice;
    private final Clock clock;

    public ModeratePost(PostStore posts, ModerationLog log, AdoptionNotice notice, Clock clock) {
        this.posts = posts;
        this.log = log;
        this.notice = notice;
        this.clock = clock;
    }

    public Post moderate(Caller staff, String postId, ModerationAction action, String note) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Post post = posts.find(postId).orElseThrow(PostNotFoundException::new);
            if (!Viewer.moderates(staff, post.communityId())) {
                throw new NotModeratorException();
            }
            StatusChange change = StatusChange.of(post.status(), action);
            ModerationRecord record = new ModerationRecord(postId, action, staff.userId(), note, change.from(),
                    change.to(), clock.instant());
            Optional<OutboxEvent> adoption = action == ModerationAction.ADOPT && !post.adopted()
                    ? notice.forAuthorOf(post) : Optional.empty();
            if (log.apply(post, change, record, adoption)) {
                return posts.find(postId).orElseThrow(PostNotFoundException::new);
            }
        }
        throw new IllegalStateException("post " + postId + " kept changing during moderation");
    }
}
