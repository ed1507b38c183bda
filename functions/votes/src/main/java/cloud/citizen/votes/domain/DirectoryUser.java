package cloud.citizen.votes.domain;

/** What votes knows about a user from accounts' events: that they exist, their name, and whether verified. */
public record DirectoryUser(String userId, String displayName, boolean realNameVerified) {
}
