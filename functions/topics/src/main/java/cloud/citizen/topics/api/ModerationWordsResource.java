package cloud.citizen.topics.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.topics.TopicsComponents;
import cloud.citizen.topics.api.TopicsRequests.WordsRequest;
import cloud.citizen.topics.api.TopicsResponses.WordsResponse;

/** The sensitive-word list, for admins only. */
@Path("/v1/moderation/words")
@Allow(Role.ADMIN)
public class ModerationWordsResource {
    private final TopicsComponents components;
    private final CurrentCaller caller;

    public ModerationWordsResource(TopicsComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @GET
    public WordsResponse get() {
        return WordsResponse.of(components.manageWords().current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public WordsResponse replace(WordsRequest request) {
        return WordsResponse.of(components.manageWords().replace(caller.get(), TopicsValidation.words(request)));
    }
}
