package pe.integrity.notification;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** How the mail jobs' payloads hold what is not a plain value: ids that may be null, a set of user names. */
final class MailPayload {

    private MailPayload() {}

    static Long id(Map<String, Object> payload, String name) {
        return payload.get(name) instanceof Number n ? n.longValue() : null;
    }

    /** User names joined by commas (they never contain one); null stays null (everyone). */
    static String names(Set<String> usernames) {
        return usernames == null ? null : String.join(",", new TreeSet<>(usernames));
    }

    static Set<String> names(Map<String, Object> payload) {
        return payload.get("only") instanceof String s
                ? Arrays.stream(s.split(",")).filter(n -> !n.isBlank()).collect(Collectors.toSet())
                : null;
    }
}
