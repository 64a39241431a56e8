package com.communitysuite.clubroom.orgapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.domain.InvalidInputException;

class OrganizationApplicationTest {

    @Test
    void anApplicationIsDecidedOnce() {
        OrganizationApplication approved = new OrganizationApplication("摄影社", "理由", 7, 3, Instant.now());
        OrganizationApplication rejected = new OrganizationApplication("读书会", "理由", 7, 3, Instant.now());

        approved.approve(9);
        rejected.reject();

        assertThat(approved.status()).isEqualTo(1);
        assertThat(approved.organizationId()).isEqualTo(9);
        assertThat(rejected.status()).isEqualTo(2);
        for (Runnable again : new Runnable[] { () -> approved.reject(), () -> rejected.approve(10),
                () -> approved.approve(10) }) {
            assertThatThrownBy(again::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("detail");
                assertThat(e.getMessage()).isEqualTo("该组织申请已审批。");
            });
        }
    }
}
