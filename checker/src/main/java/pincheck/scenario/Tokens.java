package pincheck.scenario;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maps between enum constants and the words that spell them in a scenario file. */
final class Tokens<E> {
  private final ImmutableMap<String, E> byToken;

  private Tokens(E[] values, Function<E, String> token) {
    this.byToken = Maps.uniqueIndex(Arrays.asList(values), token::apply);
  }

  static <E> Tokens<E> of(E[] values, Function<E, String> token) {
    return new Tokens<>(values, token);
  }

  Optional<E> find(String token) {
    return Optional.ofNullable(token).map(byToken::get);
  }

  /** The tokens in declaration order. */
  ImmutableSet<String> keys() {
    return byToken.keySet();
  }

  /** "user, pagecache, zero, kernel" for messages. */
  String list() {
    return String.join(", ", byToken.keySet());
  }

  /** "user|pagecache|zero|kernel" for usage forms. */
  String alternatives() {
    return byToken.keySet().stream().collect(Collectors.joining("|"));
  }
}
