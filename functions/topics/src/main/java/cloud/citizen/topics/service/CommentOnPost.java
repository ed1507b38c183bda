package cloud.citizen.topics.service;

import java.time.Clock;
import java.util.UUID;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.topics.domain.Comment;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.domain.RateLimit;
import cloud.citizen.topics.domain.RealNameRequiredException;

/** A real-name verified citizen replies under a post they can see; the same filter applies. */
public final class CommentOnPost {
    private final PostStore posts;
    private final ContentFilter filter;
    private final Clock clock;

    public CommentOnPost(PostStore posts, ContentFilter filter, Clock clock) {
        this.posts = posts;
        this.filter = filter;
        this.clock = clock;
    }

    public Comment comment(Caller author, String postId, String text) {
        if (!author.realNameVerified()) {
            throw new RealNameRequiredException();
        }
        Post post = ReadPosts.visible(posts, author, postId);
        Comment comment = new Comment(UUID.randomUUID().toString(), post.postId(), author.userId(),
                PublishPost.authorName(author), text, filter.check(text).initialStatus(), clock.instant());
        posts.addComment(comment, RateLimit.COMMENTS);
        return comment;
    }
}
