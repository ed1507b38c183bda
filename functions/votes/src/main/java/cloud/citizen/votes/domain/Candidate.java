package cloud.citizen.votes.domain;

public record Candidate(String candidateId, String name) {
}
