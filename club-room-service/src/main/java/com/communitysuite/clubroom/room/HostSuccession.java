package com.communitysuite.clubroom.room;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What happens when someone leaves a room, from who is still present: a room that still has a host goes on; one that
 * lost its last host gets the speaker who has been in the channel longest (the lowest Agora uid) as host, as the
 * original did; with no speaker either, it closes itself (even with listeners left, as the original's).
 */
record HostSuccession(Optional<Participant> promoted, boolean closes) {

    static HostSuccession after(Participant leaver, List<Participant> stillPresent) {
        if (leaver.role() != RoomRole.HOST || stillPresent.stream().anyMatch(p -> p.role() == RoomRole.HOST)) {
            return new HostSuccession(Optional.empty(), false);
        }
        Optional<Participant> speaker = stillPresent.stream().filter(p -> p.role() == RoomRole.SPEAKER)
                .min(Comparator.comparingInt(Participant::ruid));
        return new HostSuccession(speaker, speaker.isEmpty());
    }
}
