package pincheck.claims;

/**
 * A claim of the 2019 thread "Keep track of GUPed pages in fs and block",
 * quoted as written, with who made it and the question pincheck asks of it.
 */
public record Claim(String id, String quote, String who, String question, Study study) {}
