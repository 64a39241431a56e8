package com.communitysuite.user.group;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CityRepository extends JpaRepository<MpCity, Long> {

    @Query("select c from MpCity c where lower(c.name) = lower(?1)")
    Optional<MpCity> findByNameIgnoringCase(String name);

    List<MpCity> findAllByOrderByName();
}
