package pincheck.claims;

import com.google.common.collect.ImmutableList;

/** A claim's verdict, a paragraph saying why, and the verdicts it rests on. */
public record Finding(ClaimVerdict verdict, String summary, ImmutableList<Evidence> evidence) {}
