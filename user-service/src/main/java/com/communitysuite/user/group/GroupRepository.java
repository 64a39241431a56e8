package com.communitysuite.user.group;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupRepository extends JpaRepository<MpGroup, Long> {

    Optional<MpGroup> findByName(String name);

    @Query("select g from MpGroup g where g.groupType in ?1 order by g.name")
    List<MpGroup> findByTypes(Collection<Short> types);
}
