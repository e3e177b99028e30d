package pe.integrity.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.NotFoundException;

/**
 * Personal API tokens: a person creates one (shown once), sees their tokens and revokes them. A token stands for its
 * owner as the account is now (entity, roles, enabled) on every request, so an administrator's change or disabling
 * the account applies to its tokens at once.
 */
@Service
@Transactional
public class ApiTokens {

    /** Tokens carry this prefix, so a leaked one is recognisable (secret scanners, logs). */
    static final String PREFIX = "irk_";
    static final int NAME_MAX = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final OrganisationUserDetailsService users;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokens(ApiTokenRepository tokens, OrganisationUserDetailsService users, Clock clock,
            @Value("${app.api.token-lifetime:P90D}") Duration lifetime) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new token for this person; the returned value is the only time anyone sees it. */
    public String create(CurrentUser owner, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new InvalidInputException("name", "apiToken.nameRequired");
        }
        if (label.length() > NAME_MAX) {
            throw new InvalidInputException("name", "apiToken.nameTooLong");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now(clock);
        tokens.save(new ApiToken(owner.id(), label, sha256(token), now, now.plus(lifetime)));
        return token;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(CurrentUser owner) {
        return tokens.findByUserIdOrderByCreatedAtDescIdDesc(owner.id());
    }

    /** Revokes one of the person's own tokens (another person's token is not found). */
    public void revoke(CurrentUser owner, Long tokenId) {
        tokens.findByIdAndUserId(tokenId, owner.id())
                .orElseThrow(() -> new NotFoundException("api token", tokenId))
                .revoke(Instant.now(clock));
    }

    /** The person a presented token stands for, read afresh; empty for an unknown, revoked or expired token. */
    public Optional<CurrentUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return tokens.findByTokenHash(sha256(presented))
                .filter(t -> t.validAt(now))
                .flatMap(t -> {
                    t.used(now);
                    return owner(t.getUserId());
                });
    }

    private Optional<CurrentUser> owner(Long userId) {
        try {
            return users.byId(userId).filter(CurrentUser::isEnabled);
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
