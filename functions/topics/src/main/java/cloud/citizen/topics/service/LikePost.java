package cloud.citizen.topics.service;

import cloud.citizen.platform.auth.Caller;

/** Likes are idempotent: liking twice or unliking what one never liked changes nothing. */
public final class LikePost {
    private final PostStore posts;
    private final Reactions reactions;

    public LikePost(PostStore posts, Reactions reactions) {
        this.posts = posts;
        this.reactions = reactions;
    }

    public void like(Caller caller, String postId) {
        ReadPosts.visible(posts, caller, postId);
        reactions.like(postId, caller.userId());
    }

    public void unlike(Caller caller, String postId) {
        ReadPosts.visible(posts, caller, postId);
        reactions.unlike(postId, caller.userId());
    }
}
