package cloud.citizen.topics.service;

import java.util.List;

import cloud.citizen.topics.domain.Comment;
import cloud.citizen.topics.domain.Post;

/** A post as one viewer sees it: image links signed for them, their like, the comments they may see. */
public record PostView(Post post, List<String> imageUrls, boolean likedByMe, List<Comment> comments) {
}
