package com.communitysuite.account.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** The campus user submitted the nickname and avatar WeChat gave the mini-program (userRegister/). */
@EventType("account.profile-submitted")
public record ProfileSubmitted(long accountId, String uid, String nickname, String avatarUrl)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }

    @Override
    public String actorId() {
        return uid;
    }
}
