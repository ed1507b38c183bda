package cloud.citizen.topics.api;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.topics.TopicsComponents;
import cloud.citizen.topics.api.TopicsRequests.PostRequest;
import cloud.citizen.topics.api.TopicsRequests.TopicRequest;
import cloud.citizen.topics.api.TopicsRequests.TopicStatusRequest;
import cloud.citizen.topics.api.TopicsResponses.CreatedPost;
import cloud.citizen.topics.api.TopicsResponses.PostResponse;
import cloud.citizen.topics.api.TopicsResponses.TopicResponse;
import cloud.citizen.topics.domain.BadImageException;
import cloud.citizen.topics.domain.ContentRejectedException;
import cloud.citizen.topics.domain.NewPost;
import cloud.citizen.topics.domain.NotModeratorException;
import cloud.citizen.topics.domain.RateLimitedException;
import cloud.citizen.topics.domain.RealNameRequiredException;
import cloud.citizen.topics.domain.Topic;
import cloud.citizen.topics.domain.TopicClosedException;
import cloud.citizen.topics.domain.TopicNotFoundException;

/** Topics (staff create, open and close them) and the posts under each. */
@Path("/v1/topics")
public class TopicsResource {
    private final TopicsComponents components;
    private final CurrentCaller caller;

    public TopicsResource(TopicsComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @GET
    public Page<TopicResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return components.manageTopics().list(PageRequest.of(limit, cursor)).map(TopicResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ Role.STAFF, Role.ADMIN })
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(TopicRequest request) {
        TopicRequest body = TopicsValidation.topic(request);
        Topic topic = components.manageTopics().create(caller.get(), body.title(),
                body.description() == null ? "" : body.description(), TopicsValidation.community(body));
        return Response.created(URI.create("/v1/topics/" + topic.topicId())).entity(TopicResponse.of(topic)).build();
    }

    @PATCH
    @Path("/{topicId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ Role.STAFF, Role.ADMIN })
    @Refuses(TopicNotFoundException.class)
    @Refuses(NotModeratorException.class)
    public TopicResponse changeStatus(@PathParam("topicId") String topicId, TopicStatusRequest request) {
        return TopicResponse.of(components.manageTopics().changeStatus(caller.get(), TopicsValidation.topicId(topicId),
                TopicsValidation.status(request).status()));
    }

    @GET
    @Path("/{topicId}/posts")
    @Refuses(TopicNotFoundException.class)
    public Page<PostResponse> posts(@PathParam("topicId") String topicId, @QueryParam("sort") String sort,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return components.readPosts().list(caller.get(), TopicsValidation.topicId(topicId),
                TopicsValidation.order(sort), PageRequest.of(limit, cursor)).map(PostResponse::inList);
    }

    @POST
    @Path("/{topicId}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(TopicNotFoundException.class)
    @Refuses(RealNameRequiredException.class)
    @Refuses(ContentRejectedException.class)
    @Refuses(BadImageException.class)
    @Refuses(TopicClosedException.class)
    @Refuses(RateLimitedException.class)
    public Response publish(@PathParam("topicId") String topicId, PostRequest request) {
        PostRequest body = TopicsValidation.post(request);
        NewPost post = components.publishPost().publish(caller.get(), TopicsValidation.topicId(topicId), body.text(),
                TopicsValidation.imageKeys(body));
        return Response.created(URI.create("/v1/posts/" + post.postId()))
                .entity(new CreatedPost(post.postId(), post.status().wireName())).build();
    }
}
