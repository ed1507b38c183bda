package cloud.citizen.topics.api;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.topics.TopicsComponents;
import cloud.citizen.topics.api.TopicsRequests.CommentRequest;
import cloud.citizen.topics.api.TopicsRequests.ModerationRequest;
import cloud.citizen.topics.api.TopicsRequests.ReportRequest;
import cloud.citizen.topics.api.TopicsResponses.CreatedComment;
import cloud.citizen.topics.api.TopicsResponses.PostResponse;
import cloud.citizen.topics.domain.Comment;
import cloud.citizen.topics.domain.ContentRejectedException;
import cloud.citizen.topics.domain.NotModeratorException;
import cloud.citizen.topics.domain.PostNotFoundException;
import cloud.citizen.topics.domain.RateLimitedException;
import cloud.citizen.topics.domain.RealNameRequiredException;
import cloud.citizen.topics.service.PostView;

/** One post: reading it, commenting, liking, reporting, and staff moderation. */
@Path("/v1/posts/{postId}")
public class PostsResource {
    private final TopicsComponents components;
    private final CurrentCaller caller;

    public PostsResource(TopicsComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @GET
    @Refuses(PostNotFoundException.class)
    public PostResponse get(@PathParam("postId") String postId) {
        return PostResponse.withComments(components.readPosts().one(caller.get(), TopicsValidation.postId(postId)));
    }

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(PostNotFoundException.class)
    @Refuses(RealNameRequiredException.class)
    @Refuses(ContentRejectedException.class)
    @Refuses(RateLimitedException.class)
    public Response comment(@PathParam("postId") String postId, CommentRequest request) {
        String text = TopicsValidation.comment(request);
        Comment comment = components.commentOnPost().comment(caller.get(), TopicsValidation.postId(postId), text);
        return Response.created(URI.create("/v1/posts/" + postId)).entity(CreatedComment.of(comment)).build();
    }

    @PUT
    @Path("/like")
    @APIResponse(responseCode = "204", description = "No content")
    @Refuses(PostNotFoundException.class)
    public Response like(@PathParam("postId") String postId) {
        components.likePost().like(caller.get(), TopicsValidation.postId(postId));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/like")
    @APIResponse(responseCode = "204", description = "No content")
    @Refuses(PostNotFoundException.class)
    public Response unlike(@PathParam("postId") String postId) {
        components.likePost().unlike(caller.get(), TopicsValidation.postId(postId));
        return Response.noContent().build();
    }

    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "202", description = "Accepted")
    @Refuses(PostNotFoundException.class)
    public Response report(@PathParam("postId") String postId, ReportRequest request) {
        String reason = TopicsValidation.reason(request);
        components.reportPost().report(caller.get(), TopicsValidation.postId(postId), reason);
        return Response.accepted().build();
    }

    @POST
    @Path("/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ Role.STAFF, Role.ADMIN })
    @Refuses(PostNotFoundException.class)
    @Refuses(NotModeratorException.class)
    public PostResponse moderate(@PathParam("postId") String postId, ModerationRequest request) {
        ModerationRequest body = TopicsValidation.moderation(request);
        components.moderatePost().moderate(caller.get(), TopicsValidation.postId(postId), body.action(),
                body.note() == null ? "" : body.note());
        PostView view = components.readPosts().one(caller.get(), postId);
        return PostResponse.withComments(view);
    }
}
