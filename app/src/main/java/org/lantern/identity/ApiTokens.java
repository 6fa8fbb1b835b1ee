package org.lantern.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens for {@code /api/v1}. The token is shown once at creation; only its SHA-256 is
 * stored (a token has 256 random bits, so a fast hash is enough and lookups stay O(1)).
 */
@Service
public class ApiTokens {

    static final String PREFIX = "lt_";

    public record TokenInfo(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            Instant revokedAt) {
    }

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a token and returns its secret, which is never retrievable again. */
    public String create(UUID userId, String name, Instant expiresAt) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("INSERT INTO api_token (id, user_id, name, token_hash, expires_at) VALUES (:id, :user, :name, :hash, :expires)")
                .param("id", UUID.randomUUID()).param("user", userId).param("name", name).param("hash", hash(token))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt)).update();
        return token;
    }

    public List<TokenInfo> of(UUID userId) {
        return jdbc.sql("SELECT * FROM api_token WHERE user_id = :user ORDER BY created_at DESC").param("user", userId)
                .query((rs, n) -> new TokenInfo(rs.getObject("id", UUID.class), rs.getString("name"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    public void revoke(UUID userId, UUID tokenId) {
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .param("id", tokenId).param("user", userId).update();
    }

    /** The user a presented token belongs to, if it is valid, unexpired and unrevoked. */
    Optional<SignedInUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(presented);
        // One round trip for the token, its owner and the owner's roles: this runs on every API call.
        record Valid(SignedInUser user, boolean recentlyUsed) {
        }
        Optional<Valid> valid = jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.office,
                       t.last_used_at > now() - interval '1 minute' AS recent,
                       array_remove(array_agg(r.role), NULL) AS roles
                  FROM api_token t JOIN app_user u ON u.id = t.user_id AND u.enabled
                  LEFT JOIN user_role r ON r.user_id = u.id
                 WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
                 GROUP BY u.id, t.last_used_at
                """).param("hash", hash).query((rs, n) -> {
                    java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
                    for (String role : (String[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf(role));
                    }
                    return new Valid(new SignedInUser(rs.getObject("id", UUID.class), rs.getString("username"),
                            rs.getString("display_name"), roles, rs.getString("office"), List.of()), rs.getBoolean("recent"));
                }).optional();
        // Last use is kept to the minute: a write (and a disk flush) on every call would cap API throughput.
        valid.filter(v -> !v.recentlyUsed()).ifPresent(v ->
                jdbc.sql("UPDATE api_token SET last_used_at = now() WHERE token_hash = :hash").param("hash", hash).update());
        return valid.map(Valid::user);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
