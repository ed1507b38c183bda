package cloud.citizen.topics.service;

import java.time.Clock;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.topics.domain.ModerationAction;
import cloud.citizen.topics.domain.ModerationRecord;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.domain.PostStatus;

/**
 * Citizens report posts; each citizen counts once per post, and when {@code threshold} distinct
 * citizens have reported a published post it is hidden until a moderator restores it.
 */
public final class ReportPost {
    private final PostStore posts;
    private final Reactions reactions;
    private final int threshold;
    private final Clock clock;

    public ReportPost(PostStore posts, Reactions reactions, int threshold, Clock clock) {
        this.posts = posts;
        this.reactions = reactions;
        this.threshold = threshold;
        this.clock = clock;
    }

    public void report(Caller caller, String postId, String reason) {
        Post post = ReadPosts.visible(posts, caller, postId);
        if (reactions.report(postId, caller.userId(), reason) && post.status() == PostStatus.PUBLISHED) {
            ModerationRecord record = new ModerationRecord(postId, ModerationAction.HIDE, ModerationRecord.SYSTEM,
                    threshold + " citizens reported this post", PostStatus.PUBLISHED, PostStatus.HIDDEN,
                    clock.instant());
            // conditional on the count: only the report that reaches the threshold first hides it
            reactions.hideIfReported(postId, post.topicId(), threshold, record);
        }
    }
}
