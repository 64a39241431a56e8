package com.communitysuite.account.account;

import org.springframework.http.HttpStatus;

import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.web.ApiProblem;

/**
 * For the mp and campus sign-in controllers: two first sign-ins of one person at once leave the loser to try again,
 * which those surfaces answer with a 409 rather than the 400 of a conflict with the data.
 */
public final class RacedSignIns {

    private RacedSignIns() {
    }

    /** What to throw for a conflict a sign-in met: the 409 for a raced registration, any other as it is. */
    public static RuntimeException answer(ConflictException conflict) {
        if (AccountRegistrations.RACED.equals(conflict.reason())) {
            return new ApiProblem(HttpStatus.CONFLICT, conflict.getMessage(), null, null);
        }
        return conflict;
    }
}
