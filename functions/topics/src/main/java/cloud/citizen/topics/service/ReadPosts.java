package cloud.citizen.topics.service;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.topics.domain.Comment;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.domain.PostNotFoundException;
import cloud.citizen.topics.domain.PostOrder;
import cloud.citizen.topics.domain.Topic;
import cloud.citizen.topics.domain.TopicNotFoundException;

/** A topic's posts in either order, and one post with its comments, as the caller may see them. */
public final class ReadPosts {
    /** A post page shows this many comments; longer threads are rare on a phone screen. */
    public static final int COMMENTS_SHOWN = 100;

    private final TopicStore topics;
    private final PostStore posts;
    private final ImageStore images;
    private final Clock clock;

    public ReadPosts(TopicStore topics, PostStore posts, ImageStore images, Clock clock) {
        this.topics = topics;
        this.posts = posts;
        this.images = images;
        this.clock = clock;
    }

    public Page<PostView> list(Caller caller, String topicId, PostOrder order, PageRequest page) {
        Topic topic = topics.find(topicId).orElseThrow(TopicNotFoundException::new);
        Page<Post> found = posts.list(topicId, order, Viewer.of(caller, topic.communityId()), page);
        Set<String> liked = posts.likedBy(caller.userId(), found.items().stream().map(Post::postId).toList());
        return found.map(post -> new PostView(post, links(post), liked.contains(post.postId()), List.of()));
    }

    public PostView one(Caller caller, String postId) {
        Post post = visible(posts, caller, postId);
        Viewer viewer = Viewer.of(caller, post.communityId());
        List<Comment> comments = posts.comments(postId, COMMENTS_SHOWN).stream()
                .filter(comment -> comment.isVisibleTo(viewer.userId(), viewer.moderator())).toList();
        boolean liked = !posts.likedBy(caller.userId(), List.of(postId)).isEmpty();
        return new PostView(post, links(post), liked, comments);
    }

    /** The post if the caller may see it; a post they may not see is as absent as one that never was. */
    static Post visible(PostStore posts, Caller caller, String postId) {
        Post post = posts.find(postId).orElseThrow(PostNotFoundException::new);
        if (!post.isVisibleTo(caller.userId(), Viewer.moderates(caller, post.communityId()))) {
            throw new PostNotFoundException();
        }
        return post;
    }

    private List<String> links(Post post) {
        return post.imageKeys().stream().map(key -> images.viewLink(key, clock.instant())).toList();
    }
}
