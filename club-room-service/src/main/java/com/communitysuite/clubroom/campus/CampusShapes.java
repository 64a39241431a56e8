package com.communitysuite.clubroom.campus;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.communitysuite.clubroom.block.Block;
import com.communitysuite.clubroom.people.UserSummary;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the campus surface writes what every feature shows: times, users and blocks, as the original's serializers. */
public final class CampusShapes {

    /** The original ran with {@code TIME_ZONE='Asia/Shanghai'} and {@code USE_TZ=False}: local times, no offset. */
    static final ZoneId CAMPUS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private CampusShapes() {
    }

    /** As Python's {@code isoformat()}: microseconds when there are any, e.g. {@code 2021-04-15T11:26:32.396852}. */
    public static String time(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), CAMPUS_ZONE);
        return (local.getNano() == 0 ? SECONDS : MICROSECONDS).format(local);
    }

    /** A user as {@code WXUserSerializer} wrote them; a user this service has not heard of yet shows an empty name. */
    public record UserView(long id, String name, @Schema(nullable = true) String avatar,
            @Schema(nullable = true) String email, @Schema(nullable = true) String sign) {

        public static UserView of(UserSummary user) {
            return new UserView(user.accountId(), user.nickname() == null ? "" : user.nickname(), user.avatar(),
                    user.email(), user.bio());
        }
    }

    public record BlockView(long id, String name) {

        public static BlockView of(Block block) {
            return block == null ? null : new BlockView(block.id(), block.name());
        }
    }
}
